import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './open';

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
 * A consistent copy of a live database in one file. `VACUUM INTO` reads inside one transaction, so
 * the copy is a snapshot even while other connections (or processes) keep writing; it never copies
 * the file's bytes, so a half-written page or a WAL not yet checkpointed cannot end up in it. The
 * copy is written under a temporary name and renamed into place only once complete and on disk.
 * It is left in rollback-journal mode: a self-contained single file.
 */
export function copyDatabase(
  db: Db,
  target: string,
  options: { nativeBinding?: string } = {},
): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    // Open once so SQLite writes the header as a plain file and flushes it; nothing else changes.
    const copy = new Database(partial, {
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    });
    try {
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
