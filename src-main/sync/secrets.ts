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
