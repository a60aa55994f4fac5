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
 * A consistent copy of a live database in one file. `VACUUM INTO` reads inside one transaction, so
 * the copy is a snapshot even while other connections (or processes) keep writing; it never copies
 * the file's bytes, so a half-written page or a WAL not yet checkpointed cannot end up in it. The
 * copy is written under a temporary name and renamed into place only once complete and on disk.
 * It is left in rollback-journal mode: a self-contained single file. The copy of an encrypted
 * journal is encrypted with the same key (SQLite3 Multiple Ciphers writes `VACUUM INTO` output with
 * the source's cipher), so `options.key` must be that journal's passphrase.
 */
export function copyDatabase(db: Db, target: string, options: FileAccess = {}): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    // Open once so SQLite writes the header as a plain file and flushes it; nothing else changes.
    const copy = connect(partial, { ...options, fileMustExist: true });
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
