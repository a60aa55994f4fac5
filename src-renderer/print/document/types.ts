/**
 * The document model every export format is made from: headings, paragraphs and lists of plain
 * text, nothing about pages or columns. Each Export layout turns the print model into one of these
 * (see index.ts); Word, plain text, the clipboard's formatted text and any format added later read
 * only this, so a new layout gets every format by describing itself once. Pure: no DOM, no React.
 */
import type { AboutMe } from '../../../src-main/contract';

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** A lead-in printed bold before the text ("Why it matters"). */
      label?: string;
      /** `meta`: dates and counts under a heading; `quiet`: an empty-state line; `quote`: a
       * question or a quoted passage. */
      tone?: 'meta' | 'quiet' | 'quote';
    }
  | { kind: 'list'; items: string[]; ordered?: boolean };

export interface ExportDocument {
  /** "Career plan", "Interview answers". */
  title: string;
  /** The name printed on it ("" for none). */
  name: string;
  /** The document's whole content, its own title block first. */
  blocks: DocBlock[];
}

export const heading = (level: 1 | 2 | 3 | 4, text: string): DocBlock => ({
  kind: 'heading',
  level,
  text,
});

export const paragraph = (
  text: string,
  extra: { label?: string; tone?: 'meta' | 'quiet' | 'quote' } = {},
): DocBlock => ({ kind: 'paragraph', text, ...extra });

export const list = (items: string[], ordered = false): DocBlock => ({
  kind: 'list',
  items,
  ordered,
});

/** "sam@example.com · +44 20 7946 0000 · Leeds": one line, in the order a résumé reads them. */
export function contactLine(about: AboutMe | null): string {
  if (!about) return '';
  return [about.email, about.phone, about.location, ...about.links]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' · ');
}

/** The title block: what the document is, whose, how to reach them, and when. */
export function titleBlocks(
  title: string,
  name: string,
  about: AboutMe | null,
  meta: string,
): DocBlock[] {
  const contact = contactLine(about);
  return [
    heading(1, title),
    ...(name ? [paragraph(name)] : []),
    ...(contact ? [paragraph(contact, { tone: 'meta' })] : []),
    ...(meta ? [paragraph(meta, { tone: 'meta' })] : []),
  ];
}

/** Every text of the document, one line per paragraph, heading or list item (for tests and copy). */
export function documentLines(document: ExportDocument): string[] {
  return document.blocks.flatMap((block) => {
    if (block.kind === 'list') return block.items;
    if (block.kind === 'paragraph' && block.label) return [`${block.label}: ${block.text}`];
    return [block.text];
  });
}
