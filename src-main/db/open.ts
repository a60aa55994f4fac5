import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertNotNewer, migrate, type MigrateOptions } from './migrate';

export type Db = Database.Database;

export interface OpenOptions extends MigrateOptions {
  /** Path to a better-sqlite3 build for another runtime (Electron), kept apart from Node's. */
  nativeBinding?: string;
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
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
  });
  try {
    // Before any pragma writes to the file: a journal from a newer Waymark must stay byte-for-byte as it was.
    db.pragma('busy_timeout = 5000');
    assertNotNewer(db, options);
    applyPragmas(db);
    migrate(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function applyPragmas(db: Db): void {
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) db.pragma('journal_mode = WAL');
  // FULL: a save the app has acknowledged survives a power cut, not just a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
