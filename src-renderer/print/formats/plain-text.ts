/**
 * Plain text that applicant-tracking systems read without guessing: one column, the document's own
 * headings on lines of their own (section headings in capitals, the way résumé parsers expect), no
 * tables or tab stops, list items as "- ". Whatever the person typed is cleaned of the characters a
 * parser could take for columns.
 */
import type { DocBlock, ExportDocument } from '../document';

/** Tabs, the table characters (pipes, box drawing) and print bullets, each with its safe stand-in. */
export function atsSafe(text: string): string {
  return text
    .replace(/\t+/g, ' ')
    .replace(/[|\u2500-\u257f]/gu, '/')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .replace(/[•◦▪▫●○■□➢➤►▶]\s*/gu, '- ')
    .replace(/\p{Cc}/gu, (char) => (char === '\n' ? char : ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}

function blockLines(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.level === 2 ? atsSafe(block.text).toUpperCase() : atsSafe(block.text)];
    case 'list':
      return block.items.map((item) => `- ${atsSafe(item).replace(/\n+/g, ' ')}`);
    default: {
      const text = atsSafe(block.text).replace(/\n+/g, ' ');
      return [block.label ? `${atsSafe(block.label)}: ${text}` : text];
    }
  }
}

/** The document as text: a blank line between blocks, nothing between a heading and its text. */
export function plainText(document: ExportDocument): string {
  const out: string[] = [];
  document.blocks.forEach((block, index) => {
    const previous = document.blocks[index - 1];
    const tight =
      previous !== undefined &&
      (previous.kind === 'heading' || (block.kind === 'paragraph' && block.tone === 'meta'));
    if (out.length > 0 && !tight) out.push('');
    out.push(...blockLines(block));
  });
  return `${out.join('\n')}\n`;
}
