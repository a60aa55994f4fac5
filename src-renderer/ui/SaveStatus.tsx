import type { SaveState } from '../editor/autosave';

const TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Editing…',
  saving: 'Saving…',
  failed: 'Couldn’t save — retrying',
};

/** The visible, announced save state; a failure also says why in words. */
export function SaveStatus({ state, error }: { state: SaveState; error?: string | null }) {
  return (
    <div className={`save-status save-${state}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {TEXT[state]}
      {state === 'failed' && error ? <span className="save-error"> {error}</span> : null}
    </div>
  );
}
