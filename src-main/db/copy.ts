import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { connect, type Db, type FileAccess } from './open';

/** Flushes a file (or a folder's entries) to the disk, so a rename survives a power cut. */
export function syncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some systems cannot fsync a folder; the data itself was already flushed.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Rows a copy leaves out (this computer's sync secrets in a backup), removed from the copy before
 * it is put in place. Nothing of them is left in the file: `secure_delete` overwrites the freed
 * space, and the journal of that change is kept in memory, so it never reaches a file either.
 */
export interface LeftOut {
  /** Where they are; a file from before that table existed has none to remove. */
  table: string;
  sql: string;
}

function leaveOut(copy: Db, leftOut: LeftOut): void {
  const present = copy
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(leftOut.table);
  if (!present) return;
  copy.pragma('journal_mode = MEMORY');
  copy.pragma('secure_delete = ON');
  copy.exec(leftOut.sql);
}

/**
 * A consistent copy of a live database in one file. `VACUUM INTO` reads inside one transaction, so
 * the copy is a snapshot even while other connections (or processes) keep writing; it never copies
 * the file's bytes, so a half-written page or a WAL not yet checkpointed cannot end up in it. The
 * copy is written under a temporary name and renamed into place only once complete and on disk.
 * It is left in rollback-journal mode: a self-contained single file. The copy of an encrypted
 * journal is encrypted with the same key (SQLite3 Multiple Ciphers writes `VACUUM INTO` output with
 * the source's cipher), so `options.key` must be that journal's passphrase.
 */
export function copyDatabase(
  db: Db,
  target: string,
  options: FileAccess & { leaveOut?: LeftOut } = {},
): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    // Open once so SQLite writes the header as a plain file and flushes it; nothing else changes.
    const copy = connect(partial, { ...options, fileMustExist: true });
    try {
      if (options.leaveOut) leaveOut(copy, options.leaveOut);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncPath(partial);
    renameSync(partial, target);
    syncPath(dirname(target));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
