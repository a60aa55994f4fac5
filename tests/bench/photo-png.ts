import { randomFillSync } from 'node:crypto';
import { encodePng } from '../unit/png';

/**
 * A real PNG of about `bytes` bytes: noise, which does not compress, as a camera's photo does
 * not. The IDAT is stored uncompressed-ish (deflate level 0) so a 20 MB picture is made quickly.
 */
export function photoPng(bytes: number, seed = 1): Buffer {
  const side = Math.max(8, Math.round(Math.sqrt(bytes / 3)));
  const rows = Buffer.alloc(side * (side * 3 + 1));
  randomFillSync(rows);
  for (let y = 0; y < side; y++) rows[y * (side * 3 + 1)] = 0; // filter: none
  rows.writeUInt32BE(seed, 1);
  return encodePng(side, rows, { level: 0 });
}
