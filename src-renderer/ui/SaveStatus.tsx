import type { SaveState } from '../editor/autosave';

const TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Editing…',
  saving: 'Saving…',
  failed: 'Couldn’t save — retrying',
  invalid: 'Not saved — fix the marked field',
};

/**
 * The visible, announced save state; a failure also says why in words. Only where it settles
 * (saved, or not) is spoken: "Editing…" and "Saving…" come and go with every pause in typing and
 * would interrupt the person writing.
 */
export function SaveStatus({ state, error }: { state: SaveState; error?: string | null }) {
  const tone = state === 'invalid' ? 'failed' : state;
  const settled = state !== 'unsaved' && state !== 'saving';
  return (
    <div
      className={`save-status save-${tone}`}
      role="status"
      aria-live={settled ? 'polite' : 'off'}
    >
      <span className="save-dot" aria-hidden="true" />
      {TEXT[state]}
      {state === 'failed' && error ? <span className="save-error"> {error}</span> : null}
    </div>
  );
}
