import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyKey, isEncryptedFile } from './cipher';
import { assertNotNewer, migrate, schemaVersion, type MigrateOptions } from './migrate';
import Database, { type Db } from './sqlite';

export type { Db } from './sqlite';

/** How to reach a database file: which driver build, and the passphrase of an encrypted one. */
export interface FileAccess {
  /** Path to a better-sqlite3 build for another runtime (Electron), kept apart from Node's. */
  nativeBinding?: string;
  /** The passphrase of an encrypted journal (or backup); absent or null for a plain one. */
  key?: string | null;
}

/** A connection to an existing or new file, given its passphrase first when it has one. */
export function connect(
  file: string,
  access: FileAccess & { readonly?: boolean; fileMustExist?: boolean } = {},
): Db {
  try {
    return openConnection(file, access);
  } catch (error) {
    if (!access.readonly || !interruptedWrite(error, file, access)) throw error;
    finishInterruptedWrite(file, access);
    return openConnection(file, access);
  }
}

function openConnection(
  file: string,
  access: FileAccess & { readonly?: boolean; fileMustExist?: boolean },
): Db {
  const db = new Database(file, {
    nativeBinding: access.nativeBinding,
    readonly: access.readonly ?? false,
    fileMustExist: access.fileMustExist ?? false,
  });
  try {
    if (access.key) applyKey(db, access.key);
    // The first read is where SQLite finds a write that a crash interrupted (see below).
    else if (access.readonly) probe(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Reads the schema; only the error of an interrupted write is passed on, the rest is the caller's. */
function probe(db: Db): void {
  try {
    db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').all();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_READONLY_ROLLBACK') throw error;
  }
}

/**
 * A process killed in the middle of a write to a file in rollback-journal mode (the mode an
 * encryption change leaves the journal in until it is next opened) leaves a "hot" journal beside it
 * holding the pages as they were before. Any connection that can write rolls it back before its
 * first read: that is SQLite's own crash recovery, and it only restores what was committed. A
 * read-only connection cannot, and fails with SQLITE_READONLY_ROLLBACK; the start checks read
 * through read-only connections, so that would keep the journal from ever opening.
 *
 * Not done when the file is encrypted and no passphrase was given (the pages could not be read), or
 * when a WAL with content is beside it (closing a writing connection would fold the WAL in before
 * its own check has seen it): then the error stands.
 */
function interruptedWrite(error: unknown, file: string, access: FileAccess): boolean {
  if ((error as { code?: unknown } | null)?.code !== 'SQLITE_READONLY_ROLLBACK') return false;
  if (!access.key && isEncryptedFile(file)) return false;
  const wal = `${file}-wal`;
  return !(existsSync(wal) && statSync(wal).size > 0);
}

/**
 * Lets SQLite roll the interrupted write back, through a connection that can write. With a
 * passphrase that could be the wrong one (a rollback with it would write garbage over the pages),
 * the rollback is first done on a copy beside the file: only when the copy then reads as a
 * database is the passphrase right and the file itself rolled back.
 */
function finishInterruptedWrite(file: string, access: FileAccess): void {
  if (access.key) {
    const trial = `${file}.rollback-trial`;
    const remove = () => {
      for (const suffix of ['', '-journal']) rmSync(trial + suffix, { force: true });
    };
    remove();
    try {
      copyFileSync(file, trial);
      copyFileSync(`${file}-journal`, `${trial}-journal`);
      rollBack(trial, access);
    } finally {
      remove();
    }
  }
  rollBack(file, access);
}

function rollBack(file: string, access: FileAccess): void {
  const db = openConnection(file, { ...access, readonly: false, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } finally {
    db.close();
  }
}

export interface OpenOptions extends MigrateOptions, FileAccess {
  readonly?: boolean;
  /** Refuse to create a new, empty journal: used when reopening one that must already exist. */
  fileMustExist?: boolean;
}

/**
 * Opens (creating if needed) the journal at `file` with the pragmas Waymark relies on, then brings
 * its schema up to date. A database written by a newer Waymark is refused, untouched.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.fileMustExist) mkdirSync(dirname(file), { recursive: true });
  const db = connect(file, options);
  try {
    // Before any pragma writes to the file: a journal from a newer Waymark must stay byte-for-byte as it was.
    db.pragma('busy_timeout = 5000');
    assertNotNewer(db, options);
    applyPragmas(db);
    const before = schemaVersion(db);
    if (migrate(db, options) !== before) compactAfterMigrating(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A migration that drops a large table leaves its pages free inside the file, which then stays as
 * large as before (0013 frees the search index's copy of every text, a fifth of a long journal).
 * When a quarter of the file or more is free, it is rewritten once, compact, right after.
 */
function compactAfterMigrating(db: Db): void {
  if (db.readonly) return;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  if (pages > 0 && free * 4 >= pages) db.exec('VACUUM');
}

export function applyPragmas(db: Db): void {
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) db.pragma('journal_mode = WAL');
  // FULL: a save the app has acknowledged survives a power cut, not just a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
