import { notFound } from '../contract/errors';
import type { Entry, EntrySummary } from '../contract/journal';
import type { RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { countWords, plainTextOf, titleOf } from '../shared/rich-text';
import { entryRepository, type EntryRow, type EntrySummaryRow } from './repository';

export function toSummary(row: EntrySummaryRow): EntrySummary {
  return {
    id: row.id,
    entryDate: row.entry_date,
    title: row.title,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toEntry(row: EntryRow): Entry {
  return {
    ...toSummary(row),
    body: JSON.parse(row.body_json) as RichTextNode,
    createdAt: row.created_at,
    revision: row.revision,
  };
}

/** The columns computed from a body on every save. */
export function derived(body: RichTextNode) {
  const text = plainTextOf(body);
  return {
    body_json: JSON.stringify(body),
    body_text: text,
    title: titleOf(text),
    // A picture's description and a file's name are searched, but are not words the person wrote.
    word_count: countWords(plainTextOf(body, { prose: true })),
  };
}

export function requireEntry(db: Db, id: string): EntryRow {
  const row = entryRepository(db).get(id);
  if (!row) throw notFound('journal entry');
  return row;
}
