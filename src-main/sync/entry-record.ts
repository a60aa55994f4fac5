import type * as Y from 'yjs';
import type { LinkTargetKind } from '../contract/links';
import type { Db } from '../db/open';
import { keepBeforeMerge } from '../journal/history';
import { entryRepository } from '../journal/repository';
import { createEntry, restoreEntry, trashEntry, updateEntry } from '../journal/service';
import { addLink, removeLink } from '../links/service';
import { linkRepository } from '../links/repository';
import { removeDocument } from '../search/indexer';
import type { RichTextNode } from '../shared/rich-text-node';
import { tagRepository } from '../tags/repository';
import { addTags, removeTag } from '../tags/service';
import { canonicalDoc, fragmentToDoc, updateFragment } from './rich-text-y';

/**
 * An entry as sync sees it, and its Yjs document: map `f` (date, deleted, purged), fragment `body`,
 * map `tags` (tag key → name as written), map `links` ('goal:<id>' → true).
 */
export interface EntryState {
  date: string;
  body: RichTextNode;
  deletedAt: string | null;
  tags: Record<string, string>;
  links: string[];
}

export function readEntry(db: Db, id: string): EntryState | null {
  const row = entryRepository(db).get(id);
  if (!row) return null;
  const tags = Object.fromEntries(
    tagRepository(db)
      .namesFor(id)
      .map((name) => [name.toLowerCase(), name])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  return {
    date: row.entry_date,
    body: canonicalDoc(JSON.parse(row.body_json) as RichTextNode),
    deletedAt: row.deleted_at,
    tags,
    links: linkRepository(db)
      .ofEntry(id)
      .map((link) => `${link.target_kind}:${link.target_id}`)
      .sort(),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Records in the document what changed in the journal since `base` (null: the entry is new). */
export function entryToDoc(ydoc: Y.Doc, base: EntryState | null, now: EntryState | null): void {
  const fields = ydoc.getMap<unknown>('f');
  if (now === null) {
    if (base !== null) fields.set('purged', true);
    return;
  }
  if (base?.date !== now.date) fields.set('date', now.date);
  if (base === null || base.deletedAt !== now.deletedAt) fields.set('deleted', now.deletedAt);
  if (fields.get('purged') === true) fields.delete('purged');
  if (base === null || !same(base.body, now.body))
    updateFragment(ydoc.getXmlFragment('body'), now.body);
  const tags = ydoc.getMap<string>('tags');
  for (const [key, name] of Object.entries(now.tags)) {
    if (base?.tags[key] !== name) tags.set(key, name);
  }
  for (const key of Object.keys(base?.tags ?? {})) if (!(key in now.tags)) tags.delete(key);
  const links = ydoc.getMap<boolean>('links');
  for (const link of now.links) if (!base?.links.includes(link)) links.set(link, true);
  for (const link of base?.links ?? []) if (!now.links.includes(link)) links.delete(link);
}

/** The entry a document holds: 'purged' once deleted for good, null while it holds nothing yet. */
export function entryFromDoc(ydoc: Y.Doc): EntryState | 'purged' | null {
  const fields = ydoc.getMap<unknown>('f');
  if (fields.get('purged') === true) return 'purged';
  const date = fields.get('date');
  if (typeof date !== 'string') return null;
  const deleted = fields.get('deleted');
  return {
    date,
    body: fragmentToDoc(ydoc.getXmlFragment('body')),
    deletedAt: typeof deleted === 'string' ? deleted : null,
    tags: Object.fromEntries(
      [...ydoc.getMap<string>('tags').entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    links: [...ydoc.getMap<boolean>('links').keys()].sort(),
  };
}

/**
 * Writes what the document says into the journal through the journal's own services, as an edit
 * would: search follows, and a changed text keeps the earlier one in the entry's history.
 */
export function docToEntry(db: Db, id: string, target: EntryState | 'purged', now: Date): void {
  const current = readEntry(db, id);
  if (target === 'purged') {
    // Deleted for good on another computer: only an entry still in the trash here goes.
    if (current && current.deletedAt !== null) {
      removeDocument(db, 'entry', id);
      entryRepository(db).deleteForever(id);
      tagRepository(db).deleteUnusedTags();
    }
    return;
  }
  if (!current) {
    createEntry(db, { id, entryDate: target.date, body: target.body }, now);
  } else if (current.date !== target.date || !same(current.body, target.body)) {
    const row = entryRepository(db).get(id);
    if (row && !same(current.body, target.body)) keepBeforeMerge(db, row, now);
    updateEntry(db, { id, entryDate: target.date, body: target.body }, now);
  }
  const deletedBefore = current?.deletedAt ?? null;
  if (deletedBefore === null && target.deletedAt !== null) trashEntry(db, id, now);
  if (deletedBefore !== null && target.deletedAt === null) restoreEntry(db, id, now);
  const tagsBefore = current?.tags ?? {};
  const newTags = Object.entries(target.tags).filter(([key]) => !(key in tagsBefore));
  if (newTags.length > 0) addTags(db, { entryId: id, names: newTags.map(([, name]) => name) }, now);
  for (const [key, name] of Object.entries(tagsBefore)) {
    if (!(key in target.tags)) removeTag(db, { entryId: id, name });
  }
  const linksBefore = current?.links ?? [];
  for (const link of target.links) {
    if (linksBefore.includes(link)) continue;
    const [targetKind, targetId] = link.split(':') as [LinkTargetKind, string];
    // A link to a goal this journal does not have yet stays in the document and is made later.
    try {
      addLink(db, { entryId: id, targetKind, targetId }, now);
    } catch {
      /* the target has not arrived yet */
    }
  }
  for (const link of linksBefore) {
    if (target.links.includes(link)) continue;
    const [targetKind, targetId] = link.split(':') as [LinkTargetKind, string];
    removeLink(db, { entryId: id, targetKind, targetId });
  }
}
