import { purgeExpiredTrash } from '../journal/trash';
import type { AppContext } from './context';

const DAY_MS = 86_400_000;

/**
 * Housekeeping for an open journal: empties the expired part of the trash now and then once a day
 * while the app keeps running. Returns a function that stops it. A failure is logged and retried
 * at the next run; it never stops the app.
 */
export function startMaintenance(ctx: AppContext, intervalMs = DAY_MS): () => void {
  const run = () => {
    // Nothing to tidy in a locked journal, or one waiting on the recovery screen.
    if (ctx.session.isLocked || ctx.session.problem) return;
    try {
      purgeExpiredTrash(ctx.db, ctx.now());
    } catch (error) {
      console.error('[waymark] emptying the trash failed:', error);
    }
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
