import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../src-main/contract';
import { call } from '../../api/client';

const POLL_MS = 250;

/**
 * Asks for the progress of the running import (`sessionId`) a few times a second until it ends,
 * handing each answer to `onProgress`. Returns whether a cancel was asked for, and the cancel.
 */
export function useImportProgress(
  sessionId: string | null,
  onProgress: (progress: ImportProgress) => void,
): [boolean, () => Promise<void>] {
  const [cancelling, setCancelling] = useState(false);
  const report = useRef(onProgress);
  useEffect(() => {
    report.current = onProgress;
  }, [onProgress]);

  useEffect(() => {
    if (!sessionId) return;
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      try {
        const progress = await call('import:progress', { sessionId });
        if (stopped) return;
        report.current(progress);
        if (progress.state === 'running') timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch {
        // The server was busy or unreachable for a moment: ask again a little later.
        if (!stopped) timer = window.setTimeout(() => void poll(), POLL_MS * 4);
      }
    };
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [sessionId]);

  const cancel = useCallback(async () => {
    if (!sessionId) return;
    setCancelling(true);
    try {
      report.current(await call('import:cancel', { sessionId }));
    } catch {
      setCancelling(false);
    }
  }, [sessionId]);

  return [cancelling, cancel];
}
