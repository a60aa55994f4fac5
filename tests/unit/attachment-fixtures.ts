import { deflateSync } from 'node:zlib';
import type { RichTextNode } from '../../src-main/contract';

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
 * A real PNG, `size` pixels square in one colour, carrying `text` in a tEXt chunk (so a test can
 * look for the picture's own bytes in files on disk).
 */
export function pngBytes(
  text = 'waymark test picture',
  rgb: [number, number, number] = [40, 120, 200],
  size = 8,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  // A soft diagonal gradient from `rgb`, so a screenshot shows a picture rather than a block.
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * size);
      row.push(...rgb.map((c) => Math.round(c + (255 - c) * t)));
    }
    rows.push(Buffer.from(row));
  }
  const pixels = deflateSync(Buffer.concat(rows));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The smallest PDF file-type recognises as one. */
export function pdfBytes(text = 'offer letter'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
}

/** A document holding a paragraph and the given picture and file nodes. */
export function docWith(text: string, ...nodes: RichTextNode[]): RichTextNode {
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...nodes],
  };
}

export function picture(sha256: string, alt = '', caption = ''): RichTextNode {
  return { type: 'image', attrs: { src: `attachment:${sha256}`, alt, caption, width: 'medium' } };
}

export function fileCard(sha256: string, name: string, size = 10): RichTextNode {
  return {
    type: 'attachment',
    attrs: { src: `attachment:${sha256}`, name, mime: 'application/pdf', size },
  };
}
