import type { Db } from '../db/open';
import { indexDocument, removeDocument } from '../search/indexer';
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
  if (row.deleted_at !== null) {
    removeDocument(db, 'entry', row.id);
    return;
  }
  indexDocument(db, {
    kind: 'entry',
    refId: row.id,
    title: row.title,
    body: row.body_text,
    tags: tagRepository(db).namesFor(row.id),
  });
}
