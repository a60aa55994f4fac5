/** Small pieces every source reader shares: tag tidying, titles, and the keys that spot repeats. */
import { createHash } from 'node:crypto';
import type { RichTextNode } from '../contract/schemas';
import { plainTextOf } from '../shared/rich-text';
import { MAX_TAG_LENGTH, normalizeTagName } from '../tags/normalize';
import { MAX_TAGS_PER_ENTRY } from '../tags/service';

/** Tags as Waymark keeps them: tidied, one per name whatever the case, none too long, at most 50. */
export function tidyTags(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of names) {
    const name = normalizeTagName(raw);
    const key = name.toLowerCase();
    if (name === '' || name.length > MAX_TAG_LENGTH || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
    if (kept.length === MAX_TAGS_PER_ENTRY) break;
  }
  return kept;
}

function firstBlockText(doc: RichTextNode): string {
  const first = doc.content?.[0];
  return first ? plainTextOf({ type: 'doc', content: [first] }) : '';
}

const comparable = (text: string) =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A Waymark entry's title is its first line. When the source has a title the text does not
 * already open with, it goes in front as a heading.
 */
export function withTitle(doc: RichTextNode, title: string | null): RichTextNode {
  const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (clean === '' || comparable(firstBlockText(doc)) === comparable(clean)) return doc;
  const heading: RichTextNode = {
    type: 'heading',
    attrs: { level: 1 },
    content: [{ type: 'text', text: clean }],
  };
  const content = doc.content ?? [];
  const emptyOnly =
    content.length === 1 && !content[0]?.content && content[0]?.type === 'paragraph';
  return { ...doc, content: emptyOnly ? [heading] : [heading, ...content] };
}

export function isEmptyDoc(doc: RichTextNode): boolean {
  return plainTextOf(doc).trim() === '';
}

/** A Markdown note's second identity: its date and its text as written, wherever the file sits. */
export function contentKey(entryDate: string, text: string): string {
  return createHash('sha256')
    .update(`${entryDate}\n${text.normalize('NFC')}`)
    .digest('hex');
}

/** Paths compare the same on every system: forward slashes, composed Unicode. */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\/+/, '')
    .normalize('NFC');
}
