/**
 * How this computer keeps the sync key and a WebDAV password. The desktop app seals them with the
 * system's keychain (Electron's safeStorage, src-main/electron/sync-secrets.ts); the browser
 * edition keeps them inside the journal file, encrypted only when the journal is.
 */
export interface SecretBox {
  /** Where, in words, for Settings. */
  readonly where: string;
  seal(plain: string): string;
  /** The secret, or null when it can no longer be opened (another user, a reset keychain). */
  open(sealed: string): string | null;
}

export const JOURNAL_BOX: SecretBox = {
  where:
    'inside the journal file on this computer (encrypted only if the journal is encrypted in Settings → Encryption)',
  seal: (plain) => plain,
  open: (sealed) => sealed,
};

/**
 * What a backup leaves out: the saved sync settings, which hold the WebDAV password and the sync
 * key (readable in the browser edition's journal). A backup is a copy that is kept, and may be
 * moved or handed on; a restored one has sync off until it is set up again with the passphrase.
 */
export const NOT_IN_BACKUPS = {
  table: 'sync_state',
  sql: "DELETE FROM sync_state WHERE key IN ('secret', 'enabled')",
};
