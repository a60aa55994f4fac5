import { deflateSync } from 'node:zlib';

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real truecolour PNG, `side` pixels square, from its raw scanlines (each row a filter byte and
 * then RGB bytes), with an optional tEXt comment and a deflate level (0 makes a large one quickly).
 * The unit fixtures and the benchmarks both build their pictures with it.
 */
export function encodePng(
  side: number,
  scanlines: Buffer,
  options: { comment?: string; level?: number } = {},
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const comment =
    options.comment === undefined
      ? []
      : [chunk('tEXt', Buffer.from(`Comment\0${options.comment}`, 'latin1'))];
  const level = options.level === undefined ? {} : { level: options.level };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...comment,
    chunk('IDAT', deflateSync(scanlines, level)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
