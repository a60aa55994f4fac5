import { randomUUID } from 'node:crypto';
import { keepCheckedAttachment } from '../attachments/service';
import type { Db } from '../db/open';
import { entryRepository, type EntryRow } from '../journal/repository';
import { derived } from '../journal/rows';
import { syncEntryIndex } from '../journal/search-sync';
import { tagRepository } from '../tags/repository';
import { sha256Of, type ImportFile } from './place-files';
import { importRepository } from './repository';
import type { ImportItem } from './types';

/**
 * Writes one imported item as a journal entry, with its tags, the record of where it came from,
 * and its search document, all in the caller's transaction: the entry is searchable the moment
 * the batch commits. Returns the new entry's id.
 */
export function writeImportedEntry(db: Db, item: ImportItem, runId: string, now: Date): string {
  const stamp = now.toISOString();
  const created = item.createdAt ?? stamp;
  const row: EntryRow = {
    id: randomUUID(),
    entry_date: item.entryDate,
    ...derived(item.body),
    created_at: created,
    updated_at: item.updatedAt ?? created,
    deleted_at: null,
    revision: 1,
  };
  entryRepository(db).insert(row);
  const tags = tagRepository(db);
  for (const name of item.tags) {
    const key = name.toLowerCase();
    let tag = tags.byName(key);
    if (!tag) {
      tag = { id: randomUUID(), name, name_key: key, created_at: stamp };
      tags.insert(tag);
    }
    tags.addToEntry(row.id, tag.id, stamp);
  }
  importRepository(db).insert({
    id: randomUUID(),
    entry_id: row.id,
    run_id: runId,
    source_kind: item.kind,
    origin: item.origin,
    source_key: item.sourceKey,
    content_key: item.contentKey,
    imported_at: stamp,
  });
  syncEntryIndex(db, row);
  return row.id;
}

/**
 * Keeps the pictures and files an item refers to, in the caller's transaction (the one that writes
 * its entry), so bytes are never stored for an entry that is not. The bytes are read again and
 * must be the ones checked when the source was read.
 */
export function storeImportedFiles(db: Db, files: readonly ImportFile[], now: Date): void {
  for (const file of files) {
    const bytes = file.read();
    if (sha256Of(bytes) !== file.sha256) {
      throw new Error(`“${file.name}” changed while it was being imported; import again`);
    }
    keepCheckedAttachment(db, { ...file, bytes }, now);
  }
}
