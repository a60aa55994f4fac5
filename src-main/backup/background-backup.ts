import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../contract/backup';
import { ApiError } from '../contract/errors';
import { syncPath } from '../db/copy';
import type { FileAccess } from '../db/open';
import { backupFailure, backupName, backupNameTaken, backupsDir, rotateBackups } from './backups';
import type { RetentionPolicy } from './rotation';
import { runWorker } from './worker';
import { NOT_IN_BACKUPS } from '../sync/secrets';

export interface BackgroundBackupOptions extends FileAccess {
  policy?: RetentionPolicy;
  /** 0 to 100, as the backup goes (the Settings screen shows it). */
  onProgress?: (percent: number) => void;
  /** How often the copy's growth is measured while it is written (ms). */
  pollMs?: number;
}

/** Share of the whole backup each stage takes, for the progress shown. */
const COPY_END = 55;
const CHECK_END = 70;
const COMPRESS_END = 90;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * The same backup as `createBackup`, taken on a worker thread from its own read-only connection:
 * a consistent copy (`VACUUM INTO`, one read transaction, so saves made meanwhile are simply not in
 * it), `integrity_check` of the copy, gzip when that pays (never for an encrypted journal), and
 * only once all of that passed, the rename into place and the rotation of older backups. Saves on
 * the journal's own connection go on throughout: a WAL reader never blocks the writer.
 */
export async function backupInBackground(
  databaseFile: string,
  dataDir: string,
  kind: BackupKind,
  now: Date,
  options: BackgroundBackupOptions = {},
): Promise<BackupInfo> {
  const dir = backupsDir(dataDir);
  const report = options.onProgress ?? (() => {});
  let timer: NodeJS.Timeout | undefined;
  let partial = '';
  try {
    mkdirSync(dir, { recursive: true });
    let takenAt = new Date(now.getTime());
    while (backupNameTaken(dir, takenAt, kind)) takenAt = new Date(takenAt.getTime() + 1);
    partial = join(dir, `${backupName(takenAt, kind)}.partial`);
    // VACUUM INTO gives no progress of its own: the copy's size against the journal's tells it.
    const expected = Math.max(1, sizeOf(databaseFile) + sizeOf(`${databaseFile}-wal`));
    report(0);
    timer = setInterval(
      () => report(Math.min(COPY_END, Math.round((sizeOf(partial) / expected) * COPY_END))),
      options.pollMs ?? 200,
    );
    const access = { nativeBinding: options.nativeBinding, key: options.key };
    const answer = await runWorker(
      {
        kind: 'backup',
        file: databaseFile,
        partial,
        compress: !access.key,
        leaveOut: NOT_IN_BACKUPS,
      },
      access,
      (progress) => {
        clearInterval(timer);
        const [from, to] =
          progress.stage === 'checking'
            ? [COPY_END, CHECK_END]
            : progress.stage === 'compressing'
              ? [CHECK_END, COMPRESS_END]
              : [COMPRESS_END, 100];
        report(Math.round(from + (to - from) * progress.fraction));
      },
    );
    clearInterval(timer);
    if (answer.problems.length > 0 || !answer.file) {
      throw new ApiError(
        'internal',
        `The new backup did not pass its check (${answer.problems[0]}), so it was removed and no older backup was deleted.`,
      );
    }
    const name = backupName(takenAt, kind, answer.compressed === true);
    const target = join(dir, name);
    syncPath(answer.file);
    renameSync(answer.file, target);
    syncPath(dir);
    rotateBackups(dataDir, options.policy);
    report(100);
    return { name, takenAt: takenAt.toISOString(), kind, size: statSync(target).size };
  } catch (error) {
    if (partial) {
      rmSync(partial, { force: true });
      rmSync(`${partial}.gz`, { force: true });
    }
    throw backupFailure(error);
  } finally {
    clearInterval(timer);
  }
}
