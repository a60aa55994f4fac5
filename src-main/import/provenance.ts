import type { ImportedFrom } from '../contract/import';
import type { Db } from '../db/open';
import { requireEntry } from '../journal/rows';
import { importRepository } from './repository';

/** Where an entry was imported from, or null for an entry written in Waymark. */
export function importedFrom(db: Db, entryId: string): ImportedFrom | null {
  requireEntry(db, entryId);
  const row = importRepository(db).ofEntry(entryId);
  return row ? { kind: row.source_kind, origin: row.origin, importedAt: row.imported_at } : null;
}
