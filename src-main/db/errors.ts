/**
 * The journal file's own failures. The database layer knows nothing of the window's error codes:
 * core/ gives each of these the contract's code (`journalErrorFrom`) where a call is answered.
 */

export const WRONG_PASSPHRASE = 'That passphrase does not open this journal. Nothing was changed.';

/** A passphrase that does not decrypt the file (or a plain file given a passphrase). */
export class WrongPassphraseError extends Error {
  constructor(message = WRONG_PASSPHRASE) {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}

/** A file written by a newer Waymark, refused before anything in it changed. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
    /** A change to the file's format this version does not know, by name (found at a known format). */
    readonly unknownChange?: string,
  ) {
    super(
      (unknownChange
        ? `This journal was saved by a newer version of Waymark (it has the change "${unknownChange}", which this version does not know). `
        : `This journal was saved by a newer version of Waymark (format ${found}; this version reads up to ${supported}). `) +
        'Update Waymark to open it. Nothing in the file was changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}
