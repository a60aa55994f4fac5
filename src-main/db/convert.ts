import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { rekey } from './cipher';
import { syncPath } from './copy';
import { checkDatabase } from './integrity';
import { connect, type FileAccess } from './open';

/** Where a conversion writes before the swap; left over only by a crash, and removed at start. */
export function conversionFile(target: string): string {
  return `${target}.converting`;
}

/** Removes what an interrupted conversion left beside `target` (never `target` itself). */
export function removeConversionLeftovers(target: string): void {
  const partial = conversionFile(target);
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
}

/**
 * Writes the database in `source` to `target` encrypted with `toKey` (or plain when null), so that
 * `target` always holds one whole database: the old one or the new one, never a mix.
 *
 * The copy is made with `VACUUM INTO` (a consistent snapshot, in the source's cipher) under a
 * temporary name, re-encrypted there with `PRAGMA rekey` (which needs rollback-journal mode, so it
 * is never done on the live journal), checked with `integrity_check`, flushed, and only then renamed
 * over `target`. A crash before the rename leaves `target` untouched; after it, the new file whole.
 * `source` may be `target` itself; its connection must be closed first and no WAL may be pending.
 */
export function writeConverted(
  source: string,
  target: string,
  from: FileAccess,
  toKey: string | null,
): void {
  const partial = conversionFile(target);
  removeConversionLeftovers(target);
  try {
    const reader = connect(source, { ...from, fileMustExist: true });
    try {
      reader.prepare('VACUUM INTO ?').run(partial);
    } finally {
      reader.close();
    }
    const copy = connect(partial, { ...from, fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      if ((from.key ?? null) !== toKey) rekey(copy, toKey);
      const check = checkDatabase(copy, 'full');
      if (!check.ok) {
        throw new Error(`The converted copy did not pass its check (${check.problems[0]}).`);
      }
    } finally {
      copy.close();
    }
    syncPath(partial);
    // A WAL left beside the target belongs to the old file: replayed onto the new one it would
    // damage it. The caller closed every connection, so it is empty or absent; make sure.
    const wal = `${target}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new Error(
        'The journal still has changes waiting in its WAL file; nothing was changed.',
      );
    }
    rmSync(wal, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(partial, target);
    syncPath(dirname(target));
  } finally {
    removeConversionLeftovers(target);
  }
}
