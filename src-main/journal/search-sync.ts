import type { Db } from '../db/open';
import { keepIndexed } from '../search/indexer';
import { tagRepository } from '../tags/repository';
import type { EntryRow } from './repository';

/**
 * Keeps an entry's search document in step with the entry: indexed while it is live, gone while it
 * is in the trash. Called inside the transaction of every change to an entry or its tags.
 */
export function syncEntryIndex(
  db: Db,
  row: Pick<EntryRow, 'id' | 'entry_date' | 'title' | 'body_text' | 'deleted_at'>,
): void {
  const live = row.deleted_at === null;
  keepIndexed(db, live, {
    kind: 'entry',
    refId: row.id,
    title: row.title,
    body: row.body_text,
    tags: live ? tagRepository(db).namesFor(row.id) : [],
  });
}
