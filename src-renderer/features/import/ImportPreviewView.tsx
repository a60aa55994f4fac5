import type { ImportPreview } from '../../../src-main/contract';
import { count, dateRangeText, filesText, KIND_NAMES, tagList } from './import-text';
import { ProblemList } from './ProblemList';

interface Props {
  preview: ImportPreview;
  onImport: () => void;
  onChooseAgain: () => void;
}

/** What the chosen files hold, before anything is written. */
export function ImportPreviewView({ preview, onImport, onChooseAgain }: Props) {
  const { entries, skipped, tags, leftOut, kinds } = preview;
  const brought = filesText(preview.pictures, preview.files);
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">What Waymark found</h3>
      {entries > 0 ? (
        <p className="import-headline">
          <strong>{count(entries, 'new entry', 'new entries')}</strong>{' '}
          {dateRangeText(preview.dateRange)}
        </p>
      ) : (
        <p className="import-headline">Nothing new to import.</p>
      )}
      <ul className="import-facts">
        {kinds.length > 0 && <li>From {kinds.map((kind) => KIND_NAMES[kind]).join(' and ')}</li>}
        {tags.length > 0 && (
          <li>
            {count(tags.length, 'tag')}: {tagList(tags)}
          </li>
        )}
        {brought && <li>With {brought} from the notes, kept in your journal</li>}
        {skipped > 0 && (
          <li>
            {count(skipped, 'note')} already in your journal {skipped === 1 ? 'is' : 'are'} skipped
          </li>
        )}
        {leftOut > 0 && (
          <li>{count(leftOut, 'file')} that no note refers to (settings, other files) left out</li>
        )}
      </ul>
      <ProblemList problems={preview.problems} />
      <div className="import-actions">
        <button
          type="button"
          className="button-primary"
          disabled={entries === 0}
          onClick={onImport}
        >
          {entries > 0 ? `Import ${count(entries, 'entry', 'entries')}` : 'Import'}
        </button>
        <button type="button" onClick={onChooseAgain}>
          Choose other files
        </button>
      </div>
    </section>
  );
}
