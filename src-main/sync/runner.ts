import type { AppContext } from '../core/context';
import { runSyncRound } from './service';
import { JOURNAL_BOX } from './secrets';

/** A round this long after the last change, so typing is never interrupted by a sync. */
export const DEBOUNCE_MS = 4_000;
/** And every few minutes in the background, for other computers' changes. */
export const INTERVAL_MS = 5 * 60_000;

export interface SyncRunner {
  /** A change was saved here: sync soon. */
  nudge(): void;
  /** Sync now and wait for it (Settings → Sync now). */
  runNow(): Promise<void>;
  readonly running: boolean;
  stop(): void;
}

const runners = new WeakMap<AppContext, SyncRunner>();

/**
 * The background side of sync for one open app: a debounced round after changes and a round every
 * few minutes. Rounds never overlap; a failure is kept as the last problem and never stops the app.
 */
export function syncRunner(ctx: AppContext): SyncRunner {
  const existing = runners.get(ctx);
  if (existing) return existing;
  let running: Promise<void> | null = null;
  let again = false;
  let debounce: NodeJS.Timeout | undefined;

  const round = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await runSyncRound(ctx.db, ctx.now, ctx.secretBox ?? JOURNAL_BOX);
        } catch {
          // Kept as the last problem by runSyncRound; a locked journal simply waits.
        }
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };

  const interval = setInterval(() => void round(), INTERVAL_MS);
  interval.unref();

  const runner: SyncRunner = {
    nudge() {
      clearTimeout(debounce);
      debounce = setTimeout(() => void round(), DEBOUNCE_MS);
      debounce.unref();
    },
    runNow: round,
    get running() {
      return running !== null;
    },
    stop() {
      clearTimeout(debounce);
      clearInterval(interval);
      runners.delete(ctx);
    },
  };
  runners.set(ctx, runner);
  return runner;
}
