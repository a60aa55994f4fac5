/** The shape of every failure that crosses the boundary between the main process and the window. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_channel'
  /** The action exists, but not in this edition (e.g. saving a PDF file from the browser edition). */
  | 'unsupported'
  | 'storage_full'
  | 'storage_readonly'
  | 'storage_locked'
  | 'storage_unavailable'
  /** The journal file has a problem found at start; the recovery screen asks what to do. */
  | 'recovery_needed'
  /** The journal is encrypted and locked: the lock screen asks for the passphrase. */
  | 'journal_locked'
  /** A passphrase that does not open the journal (or a backup of it). */
  | 'wrong_passphrase'
  /** The browser edition's request carried no session token, or a wrong one. */
  | 'unauthorized'
  /** The browser edition's request came from a page of another site. */
  | 'forbidden'
  | 'internal';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `goal.dueDate`; empty for the payload as a whole. */
  path: string;
  message: string;
}

export interface ApiErrorShape {
  code: ErrorCode;
  /** A sentence a person can read. */
  message: string;
  fields: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown inside services for failures that are the caller's to fix; the router turns it into a value. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}

/** A record deleted for good, or never there: "That goal no longer exists." */
export function notFound(what: string, path = 'id'): ApiError {
  return new ApiError('not_found', `That ${what} no longer exists.`, [
    { path, message: 'Not found.' },
  ]);
}
