import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { Autosaver, type FieldErrors, type SaveState } from '../../editor/autosave';
import { messageOf } from './queries';

/** Field errors the main process sent back for an invalid payload, if that is why a save failed. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || error.fields.length === 0) {
    return null;
  }
  return Object.fromEntries(
    error.fields.map((field) => [field.path.split('.')[0] ?? '', field.message]),
  );
}

/**
 * An Autosaver for one mounted form that is saved only whole (see `validate`): its state and field
 * errors as React state, and a last save when the form goes away (switching goal, leaving the
 * screen).
 */
export function useDraftSaver<D>(options: {
  validate: (draft: D) => FieldErrors | null;
  save: (draft: D) => Promise<void>;
  /** Called when the page is closing with unsaved, valid changes: a save that cannot wait. */
  saveOnClose?: (draft: D) => Promise<unknown> | void;
  /** Called when the form goes away holding changes that could not be saved (an invalid field). */
  onAbandoned?: (errors: FieldErrors) => void;
}) {
  const [state, setState] = useState<SaveState>('saved');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const saver = useRef<Autosaver<D> | null>(null);
  const validate = useEffectEvent((draft: D) => options.validate(draft));
  const save = useEffectEvent((draft: D) => options.save(draft));
  const saveOnClose = useEffectEvent((draft: D) => options.saveOnClose?.(draft));
  const abandoned = useEffectEvent((errors: FieldErrors) => options.onAbandoned?.(errors));

  useEffect(() => {
    const instance = new Autosaver<D>({
      delayMs: 800,
      validate: (draft) => validate(draft),
      save: (draft) => save(draft),
      fieldErrorsOf,
      onPageClose: (draft) => saveOnClose(draft),
      onState: (next, error, errors) => {
        setState(next);
        setErrors(next === 'invalid' ? (errors ?? {}) : {});
        setFailure(next === 'failed' ? messageOf(error) : null);
      },
    });
    saver.current = instance;
    return () => {
      saver.current = null;
      void instance
        .flush()
        .then((saved) => {
          const errors = saved ? null : instance.errors();
          if (errors) abandoned(errors);
        })
        .finally(() => instance.dispose());
    };
  }, []);

  const change = useCallback((draft: D) => saver.current?.change(draft), []);
  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(true), []);
  return { state, errors, failure, change, flush };
}
