import type { ImportSummary } from '../contract/archive';
import type { Db } from '../db/open';

/**
 * Work to redo after an import, inside its transaction: derived data (a search index, caches) is
 * never exported, so a feature that keeps some registers here to rebuild it from the imported rows.
 */
export type AfterImport = (db: Db, summary: ImportSummary) => void;

export const afterImportHooks: AfterImport[] = [];

/** Registers a hook; returns a function that removes it again (tests). */
export function onAfterImport(hook: AfterImport): () => void {
  afterImportHooks.push(hook);
  return () => {
    const index = afterImportHooks.indexOf(hook);
    if (index >= 0) afterImportHooks.splice(index, 1);
  };
}
