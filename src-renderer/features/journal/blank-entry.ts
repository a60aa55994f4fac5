import type { EntrySummary, RichTextNode } from '../../../src-main/contract';
import { localDate } from '../../../src-main/shared/calendar';
import { call } from '../../api/client';

/** Nothing written: no text, picture or file, only empty paragraphs. */
export function isBlankDoc(doc: RichTextNode): boolean {
  return (doc.content ?? []).every(
    (node) => node.type === 'paragraph' && (node.content?.length ?? 0) === 0,
  );
}

/** Candidates looked at, newest first: an empty entry is almost always the newest. */
const LOOK_AT = 3;

/**
 * Today's entry with nothing in it, if there is one: New entry opens it instead of leaving another
 * "Untitled · 0 words" behind at every press.
 */
export async function findBlankEntry(entries: readonly EntrySummary[]): Promise<string | null> {
  const today = localDate();
  const candidates = entries
    .filter((entry) => entry.wordCount === 0 && entry.entryDate === today && !entry.deletedAt)
    .slice(0, LOOK_AT);
  for (const candidate of candidates) {
    const entry = await call('journal:get', { id: candidate.id });
    if (isBlankDoc(entry.body)) return entry.id;
  }
  return null;
}
