/**
 * The indexing API every searchable domain calls when its data changes: the journal for entries
 * now, the career plan for aspirations and goals later. Call it inside the same transaction as the
 * change, so the index never disagrees with what was saved. The index keeps no copy of the text
 * (migration 0013): a result's title, text and date are read from the entry, aspiration or goal.
 */
import type { SearchKind } from '../contract/search';
import type { Db } from '../db/open';
import { searchRepository } from './repository';

export interface SearchDocument {
  kind: SearchKind;
  refId: string;
  /** Shown as the result's title; its words weigh most in the ranking. */
  title: string;
  /** The plain text searched and quoted in snippets. */
  body: string;
  tags?: readonly string[];
}

/** Adds a document to the index, or replaces the one with the same kind and id. */
export function indexDocument(db: Db, document: SearchDocument): void {
  searchRepository(db).upsert({
    kind: document.kind,
    ref_id: document.refId,
    title: document.title,
    body: document.body,
    tags: (document.tags ?? []).join(', '),
  });
}

/** Takes a document out of the index (it was trashed or deleted); a missing one is no error. */
export function removeDocument(db: Db, kind: SearchKind, refId: string): void {
  searchRepository(db).remove(kind, refId);
}

/** Indexes the document while what it stands for is live, and takes it out while it is not. */
export function keepIndexed(db: Db, live: boolean, document: SearchDocument): void {
  if (live) indexDocument(db, document);
  else removeDocument(db, document.kind, document.refId);
}
