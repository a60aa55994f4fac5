import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { Entry, EntrySummary } from '../contract/journal';
import { EMPTY_DOC, type RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
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

function derived(body: RichTextNode) {
  const text = plainTextOf(body);
  return {
    body_json: JSON.stringify(body),
    body_text: text,
    title: titleOf(text),
    word_count: countWords(text),
  };
}

function requireEntry(db: Db, id: string): EntryRow {
  const row = entryRepository(db).get(id);
  if (!row)
    throw new ApiError('not_found', 'That journal entry no longer exists.', [
      { path: 'id', message: 'Not found.' },
    ]);
  return row;
}

export function listEntries(
  db: Db,
  options: { trashed?: boolean; limit?: number } = {},
): EntrySummary[] {
  return entryRepository(db)
    .list({ trashed: options.trashed ?? false, limit: options.limit ?? 100_000 })
    .map(toSummary);
}

export function getEntry(db: Db, id: string): Entry {
  return toEntry(requireEntry(db, id));
}

export function createEntry(
  db: Db,
  input: { entryDate?: string; body?: RichTextNode; id?: string },
  now: Date = new Date(),
): Entry {
  const stamp = now.toISOString();
  const row: EntryRow = {
    id: input.id ?? randomUUID(),
    entry_date: input.entryDate ?? localDate(now),
    ...derived(input.body ?? EMPTY_DOC),
    created_at: stamp,
    updated_at: stamp,
    deleted_at: null,
    revision: 1,
  };
  entryRepository(db).insert(row);
  return toEntry(row);
}

export function updateEntry(
  db: Db,
  input: { id: string; entryDate?: string; body?: RichTextNode },
  now: Date = new Date(),
): Entry {
  const repository = entryRepository(db);
  return db.transaction(() => {
    const current = requireEntry(db, input.id);
    const body = input.body ?? (JSON.parse(current.body_json) as RichTextNode);
    repository.update({
      id: input.id,
      entry_date: input.entryDate ?? current.entry_date,
      ...derived(body),
      updated_at: now.toISOString(),
    });
    return toEntry(requireEntry(db, input.id));
  })();
}

export function trashEntry(db: Db, id: string, now: Date = new Date()): EntrySummary {
  requireEntry(db, id);
  entryRepository(db).markDeleted(id, now.toISOString(), now.toISOString());
  return toSummary(requireEntry(db, id));
}

export function restoreEntry(db: Db, id: string, now: Date = new Date()): EntrySummary {
  requireEntry(db, id);
  entryRepository(db).markDeleted(id, null, now.toISOString());
  return toSummary(requireEntry(db, id));
}
