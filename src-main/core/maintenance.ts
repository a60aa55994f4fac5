import { backupInBackground } from '../backup/background-backup';
import { isBackupDue } from '../backup/backups';
import type { BackupInfo, BackupKind } from '../contract/backup';
import { purgeExpiredTrash } from '../journal/trash';
import { runWorker } from '../backup/worker';
import type { AppContext } from './context';
import type { JournalSession } from './session';

const DAY_MS = 86_400_000;

export interface MaintenanceOptions {
  /** How long after start the first round runs, so the first screen comes first (ms). */
  delayMs?: number;
  /** How often a round runs again while the app keeps running (ms). */
  intervalMs?: number;
}

/**
 * The full check of a journal opened read-only (journal-connection.ts), on a worker thread: the
 * first screen reads the journal meanwhile. If a write comes first, it checks on the main thread
 * itself (JournalSession.beforeWrite) and this answer is dropped. A failure of the worker itself
 * leaves that check to the first write.
 */
export async function checkInBackground(session: JournalSession): Promise<void> {
  if (!session.needsCheck) return;
  const opening = session.opening;
  session.background.running = 'checking';
  try {
    const answer = await runWorker(
      { kind: 'check', file: session.databaseFile, level: 'quick' },
      session.access,
    );
    session.finishCheck(
      answer.problems.length === 0 ? { ok: true } : { ok: false, problems: answer.problems },
      opening,
    );
  } catch (error) {
    console.error('[waymark] the background check did not run:', error);
  } finally {
    if (session.background.running === 'checking') session.background.running = null;
  }
}

/** A backup on a worker thread, its progress shown in Settings (backup:list). */
export async function backupNow(ctx: AppContext, kind: BackupKind): Promise<BackupInfo> {
  const { session } = ctx;
  // Reading proves the journal is open (and not locked or waiting on the recovery screen).
  void ctx.db;
  session.background.running = 'backing-up';
  session.background.percent = 0;
  try {
    return await backupInBackground(session.databaseFile, session.dataDir, kind, ctx.now(), {
      ...session.access,
      onProgress: (percent) => {
        session.background.percent = percent;
      },
    });
  } finally {
    session.background.running = null;
    session.background.percent = null;
  }
}

/**
 * One round of housekeeping, after the first screen: the full check if it has not run yet, the
 * expired part of the trash emptied, and the daily backup when the newest is over a day old (not
 * for a journal created in this session: there is nothing to protect yet). Each failure is logged
 * (a backup's in words for Settings) and retried at the next round; none stops the app.
 */
export async function maintenanceRound(ctx: AppContext): Promise<void> {
  const { session } = ctx;
  // Nothing to tidy in a locked journal, or one waiting on the recovery screen.
  if (session.isLocked || session.problem) return;
  await checkInBackground(session);
  if (!session.isOpen) return;
  try {
    session.beforeWrite();
    purgeExpiredTrash(ctx.db, ctx.now());
  } catch (error) {
    console.error('[waymark] emptying the trash failed:', error);
  }
  if (!session.dailyBackups || session.createdNow || !session.isOpen) return;
  if (!isBackupDue(session.dataDir, ctx.now())) return;
  try {
    await backupNow(ctx, 'daily');
    session.lastBackupError = null;
  } catch (error) {
    session.lastBackupError = (error as Error).message;
    console.error(`[waymark] ${session.lastBackupError}`);
  }
}

/**
 * Starts the background work of an open journal: its full check at once (on a worker thread),
 * then after `delayMs` a maintenance round, and one a day while the app keeps running. Returns a
 * function that stops it.
 */
export function startMaintenance(ctx: AppContext, options: MaintenanceOptions = {}): () => void {
  ctx.session.onUncheckedOpen = () => void checkInBackground(ctx.session);
  if (!ctx.session.isLocked && !ctx.session.problem) void checkInBackground(ctx.session);
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void maintenanceRound(ctx).finally(() => (running = false));
  };
  const first = setTimeout(run, options.delayMs ?? 2000);
  const timer = setInterval(run, options.intervalMs ?? DAY_MS);
  first.unref?.();
  timer.unref?.();
  return () => {
    ctx.session.onUncheckedOpen = null;
    clearTimeout(first);
    clearInterval(timer);
  };
}
