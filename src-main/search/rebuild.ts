import { onAfterImport } from '../archive/hooks';
import type { Db } from '../db/open';
import { syncEntryIndex } from '../journal/search-sync';
import type { EntryRow } from '../journal/repository';
import { syncAspirationIndex } from '../plan/search-sync';
import { toAspiration, type AspirationRow } from '../plan/rows';

/**
 * Brings the search index in step with every entry (live ones indexed, trashed ones removed).
 * Used after an import, which writes rows without going through the services.
 */
export function rebuildEntryIndex(db: Db): void {
  const rows = db
    .prepare('SELECT id, entry_date, title, body_text, deleted_at FROM entries')
    .all() as Pick<EntryRow, 'id' | 'entry_date' | 'title' | 'body_text' | 'deleted_at'>[];
  for (const row of rows) syncEntryIndex(db, row);
}

/** The same for aspirations and their goals. */
export function rebuildPlanIndex(db: Db): void {
  const rows = db.prepare('SELECT * FROM aspirations').all() as AspirationRow[];
  for (const row of rows) syncAspirationIndex(db, toAspiration(row), true);
}

/** Registered once, when the handlers are loaded: imports leave the index complete. */
export function registerSearchRebuildAfterImport(): () => void {
  return onAfterImport((db) => {
    rebuildEntryIndex(db);
    rebuildPlanIndex(db);
  });
}
