import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { Entry, EntrySummary, SavedEntry } from '../contract/journal';
import { EMPTY_DOC, type RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { tagKey } from '../tags/normalize';
import { snapshotBeforeEdit } from './history';
import { entryRepository, type EntryRow } from './repository';
import { derived, requireEntry, toEntry, toSummary } from './rows';
import { syncState } from '../sync/state';
import { syncEntryIndex } from './search-sync';

export { requireEntry, toEntry, toSummary };

export function listEntries(
  db: Db,
  options: { trashed?: boolean; limit?: number; tag?: string } = {},
): EntrySummary[] {
  const repository = entryRepository(db);
  const limit = options.limit ?? 100_000;
  if (options.tag !== undefined && !options.trashed) {
    const key = tagKey(options.tag);
    if (key === '') {
      throw new ApiError('invalid_input', 'Choose a tag to filter by.', [
        { path: 'tag', message: 'A tag needs at least one letter or number.' },
      ]);
    }
    return repository.listTagged(key, limit).map(toSummary);
  }
  return repository.list({ trashed: options.trashed ?? false, limit }).map(toSummary);
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
  return db.transaction(() => {
    entryRepository(db).insert(row);
    syncEntryIndex(db, row);
    return toEntry(row);
  })();
}

/** What a save brings: the text and date, and the revision the window typed the text on. */
export interface EntrySave {
  id: string;
  entryDate?: string;
  body?: RichTextNode;
  /**
   * The revision of the text the window was editing. When the entry has moved on since (a sync
   * merged another computer's words under an open editor), sync takes the save as typed on that
   * revision, so it adds the person's typing without removing the words the window never showed.
   */
  baseRevision?: number;
}

/**
 * Saves a new date and/or text. A changed text may first be kept as a snapshot (see
 * snapshotBeforeEdit for the cadence); the search index follows in the same transaction.
 */
export function updateEntry(db: Db, input: EntrySave, now: Date = new Date()): Entry {
  return toEntry(writeEntry(db, input, now));
}

/**
 * `journal:update`'s answer: what the list shows and the revision the saved text now is, without
 * the body the window just sent (20,000 words of it would travel back, and be parsed twice, on
 * every autosave).
 */
export function saveEntry(db: Db, input: EntrySave, now: Date = new Date()): SavedEntry {
  const saved = writeEntry(db, input, now);
  return { ...toSummary(saved), revision: saved.revision };
}

function writeEntry(db: Db, input: EntrySave, now: Date) {
  const repository = entryRepository(db);
  return db.transaction(() => {
    const current = requireEntry(db, input.id);
    const body = input.body ?? (JSON.parse(current.body_json) as RichTextNode);
    const next = derived(body);
    if (next.body_json !== current.body_json) snapshotBeforeEdit(db, current, now);
    syncState(db).noteSave(`entry:${input.id}`, input.baseRevision, current.revision);
    repository.update({
      id: input.id,
      entry_date: input.entryDate ?? current.entry_date,
      ...next,
      updated_at: now.toISOString(),
    });
    const saved = requireEntry(db, input.id);
    // The index holds the title, the plain text and the tags. A save that changes none of them
    // (formatting, a link, a ticked task, the date) leaves it as it is: rewriting an entry's
    // document costs FTS5 a new segment, a tombstone and merge work, most of a save's pages.
    if (saved.title !== current.title || saved.body_text !== current.body_text) {
      syncEntryIndex(db, saved);
    }
    return saved;
  })();
}

export function trashEntry(db: Db, id: string, now: Date = new Date()): EntrySummary {
  return db.transaction(() => {
    requireEntry(db, id);
    entryRepository(db).markDeleted(id, now.toISOString(), now.toISOString());
    const trashed = requireEntry(db, id);
    syncEntryIndex(db, trashed);
    return toSummary(trashed);
  })();
}

export function restoreEntry(db: Db, id: string, now: Date = new Date()): EntrySummary {
  return db.transaction(() => {
    requireEntry(db, id);
    entryRepository(db).markDeleted(id, null, now.toISOString());
    const restored = requireEntry(db, id);
    syncEntryIndex(db, restored);
    return toSummary(restored);
  })();
}
