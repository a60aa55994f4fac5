/**
 * The connection to the journal file, for the session (session.ts): opening it with its checks,
 * its marker and its daily backup, making sure it is still the file at the journal's path,
 * reopening it after a fault, and closing it cleanly. These touch files; the session keeps state.
 */
import { existsSync, statSync } from 'node:fs';
import { createBackup, isBackupDue } from '../backup/backups';
import { ApiError } from '../contract/errors';
import { copyDatabase } from '../db/copy';
import type { Migration } from '../db/migrations';
import { openDatabase, type Db, type FileAccess } from '../db/open';
import { removeMarker, writeMarker } from '../db/session-marker';
import { inspectJournal, rememberProblem, type JournalProblem } from './journal-problems';

export interface OpenFile {
  db: Db;
  dev: number;
  ino: number;
}

export interface JournalFiles {
  dataDir: string;
  databaseFile: string;
  access: FileAccess;
  migrations?: Migration[];
  now: () => Date;
}

export type Opened =
  /** `backupError`: undefined when no daily backup was due, null when it worked, else why not. */
  | { kind: 'open'; file: OpenFile; backupError?: string | null }
  | { kind: 'damaged'; problem: JournalProblem };

/** Opens what is on disk, checks included: a problem found is remembered, not thrown. */
export function openJournalFile(
  files: JournalFiles,
  backupIfDue: boolean,
  startingNew = false,
): Opened {
  const { databaseFile: file, dataDir, access, now } = files;
  const problem = inspectJournal(file, dataDir, { ...access, startingNew });
  if (problem) {
    return { kind: 'damaged', problem: rememberProblem(file, dataDir, problem, now()) };
  }
  const existed = existsSync(file);
  const db = openDatabase(file, {
    ...access,
    migrations: files.migrations,
    beforeMigrate: (open, from) => {
      if (from > 0) backupBeforeMigrating(files, open);
    },
  });
  const stats = statSync(file);
  const opened: Opened = { kind: 'open', file: { db, dev: stats.dev, ino: stats.ino } };
  try {
    writeMarker(file, { pid: process.pid, openedAt: now().toISOString() });
  } catch (error) {
    console.error(`[waymark] could not write the session marker: ${(error as Error).message}`);
  }
  if (backupIfDue && existed && isBackupDue(dataDir, now())) {
    try {
      createBackup(db, dataDir, 'daily', now(), access);
      opened.backupError = null;
    } catch (error) {
      opened.backupError = (error as Error).message;
      console.error(`[waymark] ${opened.backupError}`);
    }
  }
  return opened;
}

function backupBeforeMigrating(files: JournalFiles, db: Db): void {
  try {
    createBackup(db, files.dataDir, 'pre-migration', files.now(), files.access);
  } catch (error) {
    const inner = error instanceof ApiError ? error : null;
    throw new ApiError(
      inner?.code ?? 'internal',
      `Before updating your journal to a new format, Waymark backs it up. ${(error as Error).message} Your journal was not changed.`,
    );
  }
}

/**
 * The file must still be the one that is open. If the folder vanished (deleted, renamed, a drive
 * unplugged), nothing is written until it is back; the connection still holds the whole journal.
 * If the folder is there but the file is gone, the journal is written back from that connection.
 * False when the connection must be replaced by one to what is on disk now.
 */
export function stillReachable(files: JournalFiles, open: OpenFile): boolean {
  let stats;
  try {
    stats = statSync(files.databaseFile);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    if (!existsSync(files.dataDir)) {
      throw new ApiError(
        'storage_unavailable',
        `Waymark cannot find its data folder (${files.dataDir}). If it was moved, renamed or is on a drive that was disconnected, put it back: your text is kept, and saving resumes once the folder is there.`,
      );
    }
    console.error(
      '[waymark] the journal file disappeared; writing it back from the open connection.',
    );
    copyDatabase(open.db, files.databaseFile, files.access);
    return false;
  }
  // Another file may now sit at the journal's path (replaced by hand, a drive remounted).
  return stats.dev === open.dev && stats.ino === open.ino;
}

/** A fresh connection after a read-only or unreachable fault; null if that fails too. */
export function reopenJournalFile(files: JournalFiles): OpenFile | null {
  try {
    const db = openDatabase(files.databaseFile, {
      ...files.access,
      migrations: files.migrations,
      fileMustExist: true,
    });
    const stats = statSync(files.databaseFile);
    return { db, dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

/** Closes with the WAL folded in; the session marker goes with the WAL. */
export function closeJournalFile(databaseFile: string, open: OpenFile): void {
  try {
    open.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Closing below checkpoints too; a failure here only means the WAL is folded in then.
  }
  open.db.close();
  if (!existsSync(`${databaseFile}-wal`)) removeMarker(databaseFile);
}
