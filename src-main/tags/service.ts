import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { TagUsage } from '../contract/tags';
import type { Db } from '../db/open';
import { syncEntryIndex } from '../journal/search-sync';
import { requireEntry } from '../journal/service';
import { MAX_TAG_LENGTH, normalizeTagName } from './normalize';
import { tagRepository } from './repository';

export const MAX_TAGS_PER_ENTRY = 50;

function validName(raw: string): string {
  const name = normalizeTagName(raw);
  if (name === '') {
    throw new ApiError('invalid_input', 'Type a name for the tag.', [
      { path: 'name', message: 'A tag needs at least one letter or number.' },
    ]);
  }
  if (name.length > MAX_TAG_LENGTH) {
    throw new ApiError('invalid_input', `A tag can be at most ${MAX_TAG_LENGTH} characters.`, [
      { path: 'name', message: `Shorten the tag to ${MAX_TAG_LENGTH} characters or fewer.` },
    ]);
  }
  return name;
}

/** Tags on live entries, by name, with how many entries carry each. */
export function listTags(db: Db): TagUsage[] {
  return tagRepository(db)
    .listUsed()
    .map((row) => ({ name: row.name, entryCount: row.entry_count }));
}

export function tagsOfEntry(db: Db, entryId: string): string[] {
  requireEntry(db, entryId);
  return tagRepository(db).namesFor(entryId);
}

/**
 * Puts a tag on an entry. A name that differs only in case from an existing tag is that tag (the
 * first spelling is kept); adding a tag the entry already has changes nothing.
 */
export function addTag(
  db: Db,
  input: { entryId: string; name: string },
  now: Date = new Date(),
): string[] {
  return addTags(db, { entryId: input.entryId, names: [input.name] }, now);
}

/** Puts several tags on an entry at once (a merge from another computer), indexing it once. */
export function addTags(
  db: Db,
  input: { entryId: string; names: readonly string[] },
  now: Date = new Date(),
): string[] {
  const names = input.names.map(validName);
  const tags = tagRepository(db);
  return db.transaction(() => {
    const entry = requireEntry(db, input.entryId);
    const current = tags.namesFor(entry.id);
    const keys = new Set(current.map((existing) => existing.toLowerCase()));
    let added = false;
    for (const name of names) {
      const key = name.toLowerCase();
      if (keys.has(key)) continue;
      if (keys.size >= MAX_TAGS_PER_ENTRY) {
        throw new ApiError(
          'invalid_input',
          `An entry can carry at most ${MAX_TAGS_PER_ENTRY} tags.`,
          [{ path: 'name', message: 'Remove a tag before adding another.' }],
        );
      }
      let tag = tags.byName(key);
      if (!tag) {
        tag = { id: randomUUID(), name, name_key: key, created_at: now.toISOString() };
        tags.insert(tag);
      }
      tags.addToEntry(entry.id, tag.id, now.toISOString());
      keys.add(key);
      added = true;
    }
    if (!added) return current;
    syncEntryIndex(db, entry);
    return tags.namesFor(entry.id);
  })();
}

/** Takes a tag off an entry; a tag no entry carries any more is forgotten. */
export function removeTag(db: Db, input: { entryId: string; name: string }): string[] {
  const key = normalizeTagName(input.name).toLowerCase();
  const tags = tagRepository(db);
  return db.transaction(() => {
    const entry = requireEntry(db, input.entryId);
    const tag = tags.byName(key);
    if (tag) {
      tags.removeFromEntry(entry.id, tag.id);
      tags.deleteUnusedTags();
      syncEntryIndex(db, entry);
    }
    return tags.namesFor(entry.id);
  })();
}
