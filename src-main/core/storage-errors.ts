import { ApiError, type ApiErrorShape } from '../contract/errors';
import { NewerDatabaseError, WrongPassphraseError } from '../db/errors';

/** The database layer's own errors as the contract's: the window reads codes, not classes. */
export function journalErrorFrom(error: unknown): ApiError | null {
  if (error instanceof WrongPassphraseError) {
    return new ApiError('wrong_passphrase', error.message, [
      { path: 'passphrase', message: error.message },
    ]);
  }
  if (error instanceof NewerDatabaseError) return new ApiError('conflict', error.message);
  return null;
}

/** Translates SQLite and file-system failures into sentences that say what to do about them. */
export function storageErrorFrom(error: unknown): ApiErrorShape | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return {
      code: 'storage_full',
      message:
        'The disk is full, so Waymark could not save. Free some space; your text is kept and saving resumes.',
      fields: [],
    };
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EACCES' ||
    code === 'EROFS' ||
    code === 'EPERM'
  ) {
    return {
      code: 'storage_readonly',
      message:
        'Waymark is not allowed to write to its data folder. Check the folder’s permissions; your text is kept.',
      fields: [],
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'storage_locked',
      message: 'Another program is holding the journal file. Close it and Waymark will save again.',
      fields: [],
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'ENOENT') {
    return {
      code: 'storage_unavailable',
      message:
        'Waymark cannot reach its data folder right now. Your text is kept; saving will be tried again.',
      fields: [],
    };
  }
  return null;
}
