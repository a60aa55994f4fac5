import type { SaveState } from '../../editor/autosave';

const TEXT: Record<SaveState, string> = {
  saved: 'Draft saved',
  unsaved: 'Editing…',
  saving: 'Saving draft…',
  failed: 'Couldn’t save the draft — retrying',
  // The check's draft is kept even when answers are missing, so nothing holds it back.
  invalid: 'Draft not saved',
};

/** The draft's save state, announced; before the first answer there is no draft yet. */
export function DraftStatus({
  state,
  started,
  error,
}: {
  state: SaveState;
  started: boolean;
  error: string | null;
}) {
  return (
    <div className={`save-status save-${state}`} role="status" aria-live="polite">
      {started ? (
        <>
          <span className="save-dot" aria-hidden="true" />
          {TEXT[state]}
          {state === 'failed' && error ? <span className="save-error"> {error}</span> : null}
        </>
      ) : (
        'Your answers are kept as a draft until you save the check.'
      )}
    </div>
  );
}
