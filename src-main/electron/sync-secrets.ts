import { safeStorage } from 'electron';
import type { SecretBox } from '../sync/secrets';

/** Sync's key and WebDAV password sealed with the system keychain (Keychain, DPAPI, libsecret). */
export function keychainBox(): SecretBox | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    where: "this computer's keychain (sealed with the system's secure storage)",
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open(sealed) {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
  };
}
