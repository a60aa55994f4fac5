import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyKey } from './cipher';
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
  const db = new Database(file, {
    nativeBinding: access.nativeBinding,
    readonly: access.readonly ?? false,
    fileMustExist: access.fileMustExist ?? false,
  });
  if (access.key) {
    try {
      applyKey(db, access.key);
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return db;
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
