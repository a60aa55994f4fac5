import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Backups of a plain journal are gzipped when that saves a fifth or more (a journal's text
 * compresses several times); those of an encrypted journal never are (ciphertext does not
 * compress). Older backups, and those that did not pay, are plain `.sqlite` files.
 */
export function isCompressed(file: string): boolean {
  return file.endsWith('.gz');
}

/**
 * Runs `work` on the backup as an SQLite file: a compressed one is decompressed beside itself
 * first, and that temporary file is removed afterwards, whatever `work` did.
 */
export function withPlainFile<T>(file: string, work: (plain: string) => T): T {
  if (!isCompressed(file)) return work(file);
  const plain = `${file.slice(0, -'.gz'.length)}.unpacked`;
  try {
    writeFileSync(plain, gunzipSync(readFileSync(file)));
    return work(plain);
  } finally {
    rmSync(plain, { force: true });
    rmSync(`${plain}-journal`, { force: true });
  }
}
