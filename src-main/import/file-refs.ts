/**
 * A reference from a note to a picture or file in the import source, as the converters leave it:
 * an inline placeholder whose content is the label the reference showed before (so a reference
 * that cannot be brought in simply becomes that label). place-files.ts turns each one into a
 * picture or file card once the file's bytes have been checked.
 */
import type { RichTextNode } from '../contract/schemas';

export const FILE_REF = 'importFileRef';

/** How a reference was written: embedded (`![..](..)`, `![[..]]`) or linked (`[..](..)`). */
export type RefForm = 'embed' | 'link';

export interface FileRefAttrs {
  /** The file in the source (see FilePool): unique across the whole import. */
  key: string;
  form: RefForm;
  /** The description the reference gave (alt text, link text, an Obsidian alias); may be empty. */
  alt: string;
  /** small, medium or full, when the reference gave a size (`![[a.png|300]]`). */
  width: string | null;
}

/**
 * Finds the file a note refers to: `target` as written in the note (a relative path, an Obsidian
 * name, a Joplin `:/id`, a `dayone-moment://` address). Null when the source holds no such file.
 */
export type FileResolver = (target: string, form: RefForm, wiki: boolean) => string | null;

export function fileRef(attrs: FileRefAttrs, label: RichTextNode[]): RichTextNode {
  return { type: FILE_REF, attrs: { ...attrs }, content: label };
}

export function isFileRef(node: RichTextNode): boolean {
  return node.type === FILE_REF;
}

/** An Obsidian size (`300`, `300x200`) as one of the editor's picture widths. */
export function widthFromSize(text: string): string | null {
  const match = /^\s*(\d{1,5})(?:\s*x\s*\d{1,5})?\s*$/.exec(text);
  if (!match) return null;
  const pixels = Number(match[1]);
  return pixels <= 300 ? 'small' : pixels <= 600 ? 'medium' : 'full';
}

/**
 * The parts of an Obsidian embed's inner text: `picture.png|300`, `picture.png|A board|300`, `file.pdf|Offer`.
 * A part that reads as a size sets the width; another part is the description.
 */
export function wikiParts(inner: string): { target: string; alt: string; width: string | null } {
  const [target = '', ...rest] = inner.split('|');
  let width: string | null = null;
  const words: string[] = [];
  for (const part of rest) {
    const size = widthFromSize(part);
    if (size && width === null) width = size;
    else if (part.trim() !== '') words.push(part.trim());
  }
  return { target: target.trim(), alt: words.join(' '), width };
}
