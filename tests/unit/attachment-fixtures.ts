import type { RichTextNode } from '../../src-main/contract';
import { encodePng } from './png';

/**
 * A real PNG, `size` pixels square in one colour, carrying `text` in a tEXt chunk (so a test can
 * look for the picture's own bytes in files on disk).
 */
export function pngBytes(
  text = 'waymark test picture',
  rgb: [number, number, number] = [40, 120, 200],
  size = 8,
): Buffer {
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
  return encodePng(size, Buffer.concat(rows), { comment: text });
}

/** The smallest PDF file-type recognises as one. */
export function pdfBytes(text = 'offer letter'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
}

/** A picture as a file chooser or the clipboard hands it over (see pngBytes). */
export function pngUpload(text: string, rgb: [number, number, number], size: number) {
  return { name: 'image.png', mimeType: 'image/png', buffer: pngBytes(text, rgb, size) };
}

/** A PDF as a file chooser or a drop hands it over. */
export function pdfUpload(name: string) {
  return { name, mimeType: 'application/pdf', buffer: pdfBytes() };
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
