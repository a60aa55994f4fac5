import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { Autosaver, releasedDraft, takeOver, type FieldErrors, type SaveState } from './autosave';

export interface UseAutosaveOptions<D> {
  /**
   * The record the draft is written to (`entry:<id>`, `goal:<id>`, `values:<aspirationId>`, …).
   * The component using the hook is keyed by its record, so one mount saves one record.
   */
  key: string;
  /** Writes a draft; `keepalive` when the page is closing and the request must outlive it. */
  save: (draft: D, how: { keepalive: boolean }) => Promise<unknown>;
  /** See `AutosaveOptions.read`: an editor's text, read only when it is saved. */
  read?: () => D | undefined;
  /** For a form saved only whole: null when the draft can be saved. */
  validate?: (draft: D) => FieldErrors | null;
  /** Field errors out of a refused save, if that is why it failed (it is then not retried). */
  fieldErrorsOf?: (error: unknown) => FieldErrors | null;
  delayMs?: number;
  /** Everything is saved (also after the component has gone, by the saver it left behind). */
  onSaved?: () => void;
  /** The component went away holding changes that cannot be saved until a field is fixed. */
  onAbandoned?: (errors: FieldErrors) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * Autosaving for one editor or form, the same way everywhere: debounced saves retried until they
 * succeed, counted by the close guard, a last send (`keepalive`) when the page closes, and the save
 * status as state. When the component goes with something unsaved, its saver is released and
 * keeps saving in the background; when the same record opens again before that save went through,
 * the new mount takes over and starts from that newer draft (`handed`), never from the older copy
 * the server still has, so a late background save cannot overwrite newer edits.
 */
export function useAutosave<D>(options: UseAutosaveOptions<D>) {
  const { key, delayMs } = options;
  // Peeked while rendering, so the form or editor starts from it; taken over once mounted.
  const [handed] = useState(() => releasedDraft<D>(key));
  const [state, setState] = useState<SaveState>(handed === undefined ? 'saved' : 'unsaved');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const saver = useRef<Autosaver<D> | null>(null);
  const save = useEffectEvent((draft: D, keepalive: boolean) => options.save(draft, { keepalive }));
  const read = useEffectEvent(() => options.read?.());
  const validate = useEffectEvent((draft: D) => options.validate?.(draft) ?? null);
  const fieldErrorsOf = useEffectEvent((error: unknown) => options.fieldErrorsOf?.(error) ?? null);
  const saved = useEffectEvent(() => options.onSaved?.());
  const abandoned = useEffectEvent((fields: FieldErrors) => options.onAbandoned?.(fields));

  useEffect(() => {
    let gone = false;
    const instance = new Autosaver<D>({
      delayMs,
      save: async (draft) => {
        await save(draft, false);
      },
      onPageClose: (draft) => save(draft, true),
      read: () => read(),
      validate: (draft) => validate(draft),
      fieldErrorsOf: (error) => fieldErrorsOf(error),
      // The record was deleted for good: retrying forever would help nothing.
      isGone: (error) => error instanceof ApiError && error.code === 'not_found',
      onState: (next, error, fields) => {
        if (next === 'saved') saved();
        if (gone) {
          if (next === 'invalid' && fields) abandoned(fields);
          return;
        }
        setState(next);
        setErrors(next === 'invalid' ? (fields ?? {}) : {});
        setFailure(next === 'failed' ? messageOf(error) : null);
      },
    });
    const taken = takeOver<D>(key);
    if (taken) instance.continueFrom(taken);
    // The saver left behind finished first; saving its draft again is harmless and settles the
    // status this mount started with.
    else if (handed !== undefined) instance.change(handed);
    saver.current = instance;
    return () => {
      gone = true;
      saver.current = null;
      const invalid = instance.errors();
      if (!instance.release(key) && invalid) abandoned(invalid);
    };
  }, [key, delayMs, handed]);

  const change = useCallback((draft?: D) => saver.current?.change(draft), []);
  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(true), []);
  return { state, errors, failure, handed, change, flush };
}
