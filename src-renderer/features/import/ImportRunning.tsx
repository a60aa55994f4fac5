import type { ImportProgress } from '../../../src-main/contract';

interface Props {
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** The import under way: a progress bar, what is being written, and Cancel. */
export function ImportRunning({ progress, cancelling, onCancel }: Props) {
  const { processed, total, imported, skipped } = progress;
  return (
    <div className="import-running">
      <progress aria-label="Import progress" max={Math.max(1, total)} value={processed} />
      <p role="status" className="import-headline">
        {processed.toLocaleString()} of {total.toLocaleString()} done: {imported.toLocaleString()}{' '}
        imported{skipped > 0 ? `, ${skipped.toLocaleString()} skipped` : ''}
      </p>
      {progress.current && <p className="import-current">{progress.current}</p>}
      <div className="import-actions">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
      <p className="import-note">
        Cancelling stops after the entries being written right now. What is already imported stays;
        importing the same notes again adds the rest.
      </p>
    </div>
  );
}
