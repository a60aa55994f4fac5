import type { DraftState } from './draft-saver';

const TEXT: Record<DraftState, string> = {
  saved: 'Saved',
  unsaved: 'Editing…',
  saving: 'Saving…',
  failed: 'Couldn’t save — retrying',
  invalid: 'Not saved — fix the marked field',
};

/** The visible, announced save state of a form; the reason for a failure in words. */
export function FormStatus({ state, error }: { state: DraftState; error?: string | null }) {
  const tone = state === 'invalid' || state === 'failed' ? 'failed' : state;
  return (
    <div className={`save-status save-${tone}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {TEXT[state]}
      {state === 'failed' && error ? <span className="save-error"> {error}</span> : null}
    </div>
  );
}
