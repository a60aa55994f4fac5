/**
 * The file work behind locking, unlocking and changing the passphrase: proving a passphrase opens
 * the journal or its backups, and converting the backups to the journal's new encryption. The
 * session (session.ts) decides when; this module touches only files, never the session's state.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupAccess, backupsDir, listBackups } from '../backup/backups';
import { isCompressed, withPlainFile } from '../backup/compressed';
import { ApiError } from '../contract/errors';
import { isEncryptedFile } from '../db/cipher';
import { writeConverted } from '../db/convert';
import { WRONG_PASSPHRASE, WrongPassphraseError } from '../db/errors';
import { connect, type FileAccess } from '../db/open';

export interface ConversionResult {
  /** Backups re-encrypted (or decrypted) to match the journal. */
  backupsConverted: number;
  /** Backups that could not be converted (named), left as they were. */
  backupsLeft: string[];
}

export function wrongPassphrase(field: string, message = WRONG_PASSPHRASE): ApiError {
  return new ApiError('wrong_passphrase', message, [{ path: field, message }]);
}

/** Opens the file read-only with the passphrase and closes it at once: no write, no change. */
function openAndClose(file: string, nativeBinding: string | undefined, key: string): void {
  connect(file, { nativeBinding, key, readonly: true, fileMustExist: true }).close();
}

/** A wrong passphrase is refused before anything is opened for writing. */
export function proveJournalPassphrase(
  file: string,
  nativeBinding: string | undefined,
  passphrase: string,
): void {
  try {
    openAndClose(file, nativeBinding, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw wrongPassphrase('passphrase');
    throw error;
  }
}

export function encryptedBackups(dataDir: string): string[] {
  return listBackups(dataDir)
    .map((backup) => join(backupsDir(dataDir), backup.name))
    .filter((file) => isEncryptedFile(file));
}

/** The passphrase must open at least one of the encrypted backups. */
export function proveBackupsPassphrase(
  dataDir: string,
  nativeBinding: string | undefined,
  passphrase: string,
): void {
  const opens = encryptedBackups(dataDir).some((file) => {
    try {
      openAndClose(file, nativeBinding, passphrase);
      return true;
    } catch {
      return false;
    }
  });
  if (!opens) {
    throw wrongPassphrase(
      'passphrase',
      'That passphrase does not open your backups. Nothing was changed.',
    );
  }
}

/** Each backup converted like the journal, so each can still be restored; one that fails is named. */
export function convertBackups(
  dataDir: string,
  from: FileAccess,
  next: string | null,
): ConversionResult {
  const result: ConversionResult = { backupsConverted: 0, backupsLeft: [] };
  for (const backup of listBackups(dataDir)) {
    const file = join(backupsDir(dataDir), backup.name);
    try {
      const access = backupAccess(file, from);
      if ((access.key ?? null) === next) continue;
      if (isCompressed(file)) {
        // Only a plain journal's backups are compressed; encrypted, the copy cannot compress.
        withPlainFile(file, (plain) => writeConverted(plain, file.slice(0, -3), access, next));
        rmSync(file, { force: true });
      } else {
        writeConverted(file, file, access, next);
      }
      result.backupsConverted++;
    } catch (error) {
      console.error(
        `[waymark] backup ${backup.name} was not converted: ${(error as Error).message}`,
      );
      result.backupsLeft.push(backup.name);
    }
  }
  return result;
}
