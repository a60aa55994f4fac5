import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * Every file on the sync target is encrypted and authenticated with AES-256-GCM under a key made
 * from the sync passphrase with scrypt. The salt and the scrypt cost live in `keyinfo`, with a
 * check value so a wrong passphrase is refused in words instead of making every file look broken.
 */
export interface KeyInfo {
  v: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  check: string;
}

const MAGIC = Buffer.from('WMS1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CHECK_TEXT = Buffer.from('waymark sync key check');
const CHECK_AAD = Buffer.from('keyinfo');

/** scrypt cost: about a tenth of a second and 32 MB; tests lower it. */
export const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };

export class WrongPassphraseError extends Error {
  constructor() {
    super(
      'This sync passphrase is not the one the sync folder was set up with. Type the passphrase you chose on your first computer.',
    );
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(passphrase: string, info: Omit<KeyInfo, 'check'>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(info.salt, 'base64'),
      32,
      { N: info.N, r: info.r, p: info.p, maxmem: 128 * info.N * info.r * 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export function seal(key: Buffer, plain: Uint8Array, aad: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
}

/** The plain bytes, or null when the file is partial, changed or sealed for another place. */
export function open(key: Buffer, sealed: Uint8Array, aad: string): Uint8Array | null {
  const bytes = Buffer.from(sealed);
  if (bytes.length < MAGIC.length + IV_BYTES + TAG_BYTES) return null;
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const iv = bytes.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(MAGIC.length + IV_BYTES, bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
  } catch {
    return null;
  }
}

/** A new key and the `keyinfo` that lets other computers make the same key from the passphrase. */
export async function createKey(
  passphrase: string,
  cost = DEFAULT_COST,
): Promise<{ key: Buffer; info: KeyInfo }> {
  const partial = {
    v: 1 as const,
    kdf: 'scrypt' as const,
    ...cost,
    salt: randomBytes(16).toString('base64'),
  };
  const key = await deriveKey(passphrase, partial);
  const check = Buffer.from(seal(key, CHECK_TEXT, CHECK_AAD.toString())).toString('base64');
  return { key, info: { ...partial, check } };
}

export function parseKeyInfo(bytes: Uint8Array): KeyInfo | null {
  try {
    const info = JSON.parse(Buffer.from(bytes).toString('utf8')) as KeyInfo;
    const ok =
      info.v === 1 &&
      info.kdf === 'scrypt' &&
      [info.N, info.r, info.p].every((n) => Number.isInteger(n) && n > 0) &&
      info.N <= 2 ** 20 &&
      typeof info.salt === 'string' &&
      typeof info.check === 'string';
    return ok ? info : null;
  } catch {
    return null;
  }
}

/** The key for an existing `keyinfo`; a wrong passphrase throws WrongPassphraseError. */
export async function unlockKey(passphrase: string, info: KeyInfo): Promise<Buffer> {
  const key = await deriveKey(passphrase, info);
  const check = open(key, Buffer.from(info.check, 'base64'), CHECK_AAD.toString());
  if (!check || !Buffer.from(check).equals(CHECK_TEXT)) throw new WrongPassphraseError();
  return key;
}
