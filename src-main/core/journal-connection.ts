/**
 * The connection to the journal file, for the session (session.ts): opening it with its checks
 * and its marker (its daily backup runs later, in the background: core/maintenance.ts), making sure it is still the file at the journal's path,
 * reopening it after a fault, and closing it cleanly. These touch files; the session keeps state.
 */
import { existsSync, statSync } from 'node:fs';
import { createBackup } from '../backup/backups';
import { ApiError } from '../contract/errors';
import { copyDatabase } from '../db/copy';
import type { Migration } from '../db/migrations';
import { pendingMigrations } from '../db/migrate';
import { connect, openDatabase, type Db, type FileAccess } from '../db/open';
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

/**
 * A journal up to this size is `quick_check`ed in full before it opens: that takes a few
 * milliseconds, so start-up stays flat while nothing is ever opened unchecked. A larger one opens
 * read-only after the checks that do not grow with it, and is checked in full on a worker thread
 * right after the first screen, or at its first write, whichever comes first.
 */
export const CHECK_AT_OPEN_BYTES = 8 * 1024 * 1024;

export type Opened =
  /** `checked`: false while a large journal waits for its full check, open read-only. */
  | { kind: 'open'; file: OpenFile; checked: boolean; created: boolean }
  | { kind: 'damaged'; problem: JournalProblem };

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * Opens what is on disk, checks included: a problem found is remembered, not thrown.
 *
 * What is checked when, and why:
 * - Always, before anything opens the file: the WAL's frames (wal-check.ts; it costs the size of
 *   the WAL only, and must be read before SQLite's first write would overwrite the damage), the
 *   header and schema, and the root of every table and index (`structure`, constant time).
 * - Before anything is written (the first save, a migration, a format change): `quick_check` of
 *   every page of every ordinary table. For a journal under CHECK_AT_OPEN_BYTES that is done
 *   here; a larger one is opened read-only, so the first screen can read it but nothing can write
 *   to it until the check has passed (JournalSession.beforeWrite / finishCheck).
 * - In the background, on every backup: `integrity_check` of the copy, the full-text index
 *   included, before any older backup is rotated out.
 */
export function openJournalFile(
  files: JournalFiles,
  startingNew = false,
  checkAtOpenBytes = CHECK_AT_OPEN_BYTES,
): Opened {
  const { databaseFile: file, dataDir, access, now } = files;
  const existed = existsSync(file);
  const large = existed && sizeOf(file) + sizeOf(`${file}-wal`) > checkAtOpenBytes;
  let deferred = large && !migrationsPending(files);
  const problem = inspectJournal(file, dataDir, {
    ...access,
    startingNew,
    level: deferred ? 'structure' : 'quick',
  });
  if (problem) {
    return { kind: 'damaged', problem: rememberProblem(file, dataDir, problem, now()) };
  }
  const db = deferred ? openReadOnly(files) : openForWriting(files);
  if (!db) deferred = false;
  const stats = statSync(file);
  const opened: Opened = {
    kind: 'open',
    file: { db: db ?? openForWriting(files), dev: stats.dev, ino: stats.ino },
    checked: !deferred,
    created: !existed,
  };
  try {
    writeMarker(file, { pid: process.pid, openedAt: now().toISOString() });
  } catch (error) {
    console.error(`[waymark] could not write the session marker: ${(error as Error).message}`);
  }
  return opened;
}

/** The connection that writes: pragmas set and migrations applied (after a backup). */
export function openForWriting(files: JournalFiles): Db {
  return openDatabase(files.databaseFile, {
    ...files.access,
    migrations: files.migrations,
    beforeMigrate: (open, from) => {
      if (from > 0) backupBeforeMigrating(files, open);
    },
  });
}

/**
 * A read-only connection for the first screen of a journal still waiting for its full check; null
 * when the file is not in WAL mode (then its first open writes the header, so it is checked now).
 */
function openReadOnly(files: JournalFiles): Db | null {
  const db = connect(files.databaseFile, { ...files.access, readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
      db.close();
      return null;
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Does opening for writing mean writing to the file (a migration)? Read without writing. */
function migrationsPending(files: JournalFiles): boolean {
  try {
    const db = connect(files.databaseFile, {
      ...files.access,
      readonly: true,
      fileMustExist: true,
    });
    try {
      return pendingMigrations(db, { migrations: files.migrations }) > 0;
    } finally {
      db.close();
    }
  } catch {
    // Unreadable: the full check at open reports it in words.
    return true;
  }
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
