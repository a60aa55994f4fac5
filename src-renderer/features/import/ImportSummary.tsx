import type { ImportPreview, ImportProgress } from '../../../src-main/contract';
import { count, filesText } from './import-text';
import { ProblemList } from './ProblemList';

interface Props {
  progress: ImportProgress;
  preview: ImportPreview;
  onDone: () => void;
}

const TITLES = {
  done: 'Import finished',
  cancelled: 'Import cancelled',
  failed: 'Import stopped',
  running: 'Importing',
} as const;

/** How the import ended: counts, and what to do about anything that did not go in. */
export function ImportSummary({ progress, preview, onDone }: Props) {
  const { imported, skipped, failed, failure, state } = progress;
  const brought = filesText(progress.pictures, progress.files);
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h3 id="import-summary-title">{TITLES[state]}</h3>
      <p role="status" className="import-headline">
        Imported {count(imported, 'entry', 'entries')}, skipped {skipped.toLocaleString()}, failed{' '}
        {failed.toLocaleString()}.
      </p>
      {failure && (
        <p className="import-failure" role="alert">
          Stopped at <span className="import-path">{failure.path || 'an entry'}</span>:{' '}
          {failure.message} The entries of that batch were undone; everything imported before it is
          kept. Fix or remove the file and import again: what is already in is skipped.
        </p>
      )}
      {state === 'cancelled' && (
        <p>
          What was imported before you cancelled is kept. Import the same notes again to add the
          rest.
        </p>
      )}
      {brought && <p>Brought in {brought} with the entries.</p>}
      {imported > 0 && <p>The new entries are in your journal and can be searched now.</p>}
      <ProblemList problems={preview.problems} />
      <div className="import-actions">
        <button type="button" className="button-primary" onClick={onDone} autoFocus>
          Done
        </button>
      </div>
    </section>
  );
}
