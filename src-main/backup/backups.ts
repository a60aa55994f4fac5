import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../contract/backup';
import { ApiError } from '../contract/errors';
import { journalErrorFrom, storageErrorFrom } from '../core/storage-errors';
import { isEncryptedFile } from '../db/cipher';
import { copyDatabase } from '../db/copy';
import { WrongPassphraseError } from '../db/errors';
import { checkFile, fileSchemaVersion } from '../db/integrity';
import { LATEST_VERSION } from '../db/migrations';
import type { Db, FileAccess } from '../db/open';
import { NOT_IN_BACKUPS } from '../sync/secrets';
import { withPlainFile } from './compressed';
import { backupsToDelete, DEFAULT_RETENTION, type RetentionPolicy } from './rotation';

export const BACKUP_FOLDER = 'backups';
const DAY_MS = 24 * 60 * 60 * 1000;
const KINDS: readonly BackupKind[] = ['daily', 'manual', 'pre-migration', 'pre-import'];
const NAME =
  /^waymark-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite(\.gz)?$/;

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

/** A backup's file name; a gzipped backup (see worker-source.ts) ends in `.sqlite.gz`. */
export function backupName(takenAt: Date, kind: BackupKind, compressed = false): string {
  const stamp = takenAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `waymark-${stamp}-${kind}.sqlite${compressed ? '.gz' : ''}`;
}

/** Is a backup's name taken (compressed or not)? */
export function backupNameTaken(dir: string, takenAt: Date, kind: BackupKind): boolean {
  return (
    existsSync(join(dir, backupName(takenAt, kind))) ||
    existsSync(join(dir, backupName(takenAt, kind, true)))
  );
}

/** Reads a backup's time and kind from its name; anything else in the folder is not ours. */
export function parseBackupName(name: string): { takenAt: Date; kind: BackupKind } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms, kind] = match;
  if (!KINDS.includes(kind as BackupKind)) return null;
  const takenAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { takenAt, kind: kind as BackupKind };
}

/** Every backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const stats = statSync(join(dir, name));
      if (!stats.isFile()) continue;
      found.push({
        name,
        takenAt: parsed.takenAt.toISOString(),
        kind: parsed.kind,
        size: stats.size,
      });
    } catch {
      // Removed between listing and reading: not a backup any more.
    }
  }
  return found.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** The path of a backup chosen by name; a name that is not one of ours is refused. */
export function backupPath(dataDir: string, name: string): string {
  const file = join(backupsDir(dataDir), name);
  if (!parseBackupName(name) || !existsSync(file)) {
    throw new ApiError('not_found', 'That backup is no longer in the backups folder.', [
      { path: 'name', message: 'Not found.' },
    ]);
  }
  return file;
}

export function isBackupDue(dataDir: string, now: Date): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - new Date(newest.takenAt).getTime() > DAY_MS;
}

export function backupFailure(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const known = journalErrorFrom(error);
  if (known) return known;
  const storage = storageErrorFrom(error);
  const why =
    storage?.code === 'storage_full'
      ? 'the disk is full. Free some space and try again'
      : storage?.code === 'storage_readonly'
        ? 'it is not allowed to write to the backups folder'
        : storage
          ? 'the backups folder cannot be reached'
          : `of an unexpected problem (${error instanceof Error ? error.message : String(error)})`;
  return new ApiError(
    storage?.code ?? 'internal',
    `Waymark could not make a backup because ${why}.`,
  );
}

/**
 * Takes a consistent copy of the open journal into the backups folder, checks the copy with
 * `integrity_check`, and only then rotates older backups out. A copy that fails its check is
 * removed and nothing older is touched. The backup of an encrypted journal is encrypted with the
 * same passphrase (`options.key`).
 */
export function createBackup(
  db: Db,
  dataDir: string,
  kind: BackupKind,
  now: Date,
  options: FileAccess & { policy?: RetentionPolicy } = {},
): BackupInfo {
  const dir = backupsDir(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
    let takenAt = new Date(now.getTime());
    // Two backups in one millisecond (a double click) get distinct names.
    while (backupNameTaken(dir, takenAt, kind)) {
      takenAt = new Date(takenAt.getTime() + 1);
    }
    const target = join(dir, backupName(takenAt, kind));
    const access = { nativeBinding: options.nativeBinding, key: options.key };
    copyDatabase(db, target, { ...access, leaveOut: NOT_IN_BACKUPS });
    const check = checkFile(target, { ...access, level: 'full' });
    if (!check.ok) {
      rmSync(target, { force: true });
      throw new ApiError(
        'internal',
        `The new backup did not pass its check (${check.problems[0]}), so it was removed and no older backup was deleted.`,
      );
    }
    rotateBackups(dataDir, options.policy);
    return {
      name: backupName(takenAt, kind),
      takenAt: takenAt.toISOString(),
      kind,
      size: statSync(target).size,
    };
  } catch (error) {
    throw backupFailure(error);
  }
}

/** Deletes the backups the retention policy no longer keeps; returns their names. */
export function rotateBackups(
  dataDir: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const dated = listBackups(dataDir).map((info) => ({ ...info, takenAt: new Date(info.takenAt) }));
  const removed: string[] = [];
  for (const backup of backupsToDelete(dated, policy)) {
    rmSync(join(backupsDir(dataDir), backup.name), { force: true });
    removed.push(backup.name);
  }
  return removed;
}

/**
 * How to open a backup with what the journal knows: a plain backup needs no passphrase; an
 * encrypted one needs the journal's (backups are re-encrypted whenever the passphrase changes).
 */
export function backupAccess(file: string, access: FileAccess): FileAccess {
  return isEncryptedFile(file) ? access : { nativeBinding: access.nativeBinding, key: null };
}

/** Can this backup be restored: does it pass `integrity_check` and can this Waymark read it? */
export function isRestorable(
  file: string,
  access: FileAccess = {},
): { ok: true } | { ok: false; why: string } {
  if (isEncryptedFile(file) && !access.key) {
    return { ok: false, why: 'it is encrypted with a passphrase, and your journal is not' };
  }
  try {
    return withPlainFile(file, (plain) => {
      const fileAccess = backupAccess(plain, access);
      const check = checkFile(plain, { ...fileAccess, level: 'full' });
      if (!check.ok) return { ok: false, why: `it is damaged (${check.problems[0]})` };
      const version = fileSchemaVersion(plain, fileAccess);
      if (version > LATEST_VERSION) {
        return { ok: false, why: `it was made by a newer version of Waymark (format ${version})` };
      }
      return { ok: true };
    });
  } catch (error) {
    if (error instanceof WrongPassphraseError) {
      return { ok: false, why: 'it was encrypted with a different passphrase' };
    }
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

/** The newest backup that passes its check, or null. */
export function newestGoodBackup(dataDir: string, access: FileAccess = {}): BackupInfo | null {
  for (const backup of listBackups(dataDir)) {
    if (isRestorable(join(backupsDir(dataDir), backup.name), access).ok) return backup;
  }
  return null;
}
