type StrayEvent = 'uncaughtException' | 'unhandledRejection';

/** `process`, or a stand-in for it in a test. */
export interface GuardedProcess {
  on(event: StrayEvent, listener: (stray: unknown) => void): unknown;
  off(event: StrayEvent, listener: (stray: unknown) => void): unknown;
}

/**
 * The browser edition's last line of defence: an error that escapes every handler (a callback of a
 * library, a promise nobody awaited) would make Node end the process, taking the journal's server
 * away from every open tab mid-save. Each request already ends in an answer; this logs what still
 * escapes and keeps serving. The journal's writes are transactions, so none is left half done.
 * Returns the function that removes the guard.
 */
export function keepServingOnStrayErrors(
  target: GuardedProcess = process,
  log: (...parts: unknown[]) => void = console.error,
): () => void {
  const onException = (error: unknown) =>
    log('[waymark] an error escaped a request; still serving:', error);
  const onRejection = (reason: unknown) =>
    log('[waymark] a failure nobody waited for; still serving:', reason);
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}
