import { closeSync, openSync, readSync } from 'node:fs';
import { WrongPassphraseError } from './errors';
import type { Db } from './sqlite';

/**
 * Encryption at rest. A journal locked with a passphrase is a SQLite file whose every page
 * (including the first, with its header) is encrypted by SQLite3 Multiple Ciphers' default cipher
 * (ChaCha20-Poly1305, key derived from the passphrase by PBKDF2). Its WAL is encrypted the same way.
 * The passphrase lives only in memory while the journal is unlocked; it is never written anywhere.
 */

/** The first 16 bytes of every plain SQLite database. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Is this file an encrypted database? A plain SQLite file starts with its well-known 16-byte
 * header. An encrypted one starts with a random salt instead, but keeps bytes 16–23 of the header
 * readable (SQLite needs the page size before it can decrypt anything): a valid page size, and the
 * fixed payload fractions 64, 32, 32. A damaged file (garbage over the header) has neither, so it
 * is not taken for an encrypted one. An empty or missing file is neither.
 */
export function isEncryptedFile(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(24);
    const read = readSync(fd, head, 0, 24, 0);
    if (read < 24 || head.subarray(0, 16).equals(PLAIN_HEADER)) return false;
    const pageSize = head.readUInt16BE(16);
    const validPageSize =
      pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
    return validPageSize && head[21] === 64 && head[22] === 32 && head[23] === 32;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A passphrase as an SQL string literal (pragmas take no bound parameters). */
function literal(passphrase: string): string {
  return `'${passphrase.replace(/'/g, "''")}'`;
}

/**
 * Gives a fresh connection the passphrase, then proves it by reading the schema: SQLite accepts any
 * key silently and only fails on the first read. A wrong passphrase throws `WrongPassphraseError`.
 */
export function applyKey(db: Db, passphrase: string): void {
  db.pragma(`key = ${literal(passphrase)}`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new WrongPassphraseError();
    }
    throw error;
  }
}

/**
 * Re-encrypts an open database in place with `passphrase`, or decrypts it when null. Only for a
 * private copy in rollback-journal mode (SQLite3 Multiple Ciphers cannot rekey a WAL database):
 * Waymark never rekeys the journal itself, it converts a copy and swaps it in.
 */
export function rekey(db: Db, passphrase: string | null): void {
  db.pragma(`rekey = ${literal(passphrase ?? '')}`);
}
