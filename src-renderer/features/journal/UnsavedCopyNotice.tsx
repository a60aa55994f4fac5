import { moment } from '../../ui/format';
import type { UnsavedCopy } from './unsaved-copies';
import './unsaved-copy.css';

/** Offers back text that was typed but never saved, on the entry it belongs to. */
export function UnsavedCopyNotice({
  copy,
  onRestore,
  onDiscard,
}: {
  copy: UnsavedCopy;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <section className="unsaved-copy" aria-label="Changes not saved">
      <p>
        This entry has changes that were not saved when Waymark closed ({moment(copy.keptAt)}).
        Restore puts them back in the editor and saves them.
      </p>
      <div className="unsaved-copy-actions">
        <button type="button" className="button-primary" onClick={onRestore}>
          Restore
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
