import { useCallback, useRef } from 'react';

/** Writes what an open form or editor holds; resolves false when it could not be saved. */
export type Flush = () => Promise<boolean>;

/**
 * Lets a screen save what its child form or editor holds before it moves on (switches entry,
 * deletes, restores): the child registers its flush, the screen calls `flush`, which resolves true
 * when nothing is registered.
 */
export function useFlushRegistration(): {
  registerFlush: (flush: Flush | null) => void;
  flush: Flush;
} {
  const flushRef = useRef<Flush | null>(null);
  const registerFlush = useCallback((flush: Flush | null) => {
    flushRef.current = flush;
  }, []);
  const flush = useCallback(() => flushRef.current?.() ?? Promise.resolve(true), []);
  return { registerFlush, flush };
}
