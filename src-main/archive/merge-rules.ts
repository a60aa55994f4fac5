import type { Db } from '../db/open';
import type { ArchiveRow } from './format';

/** Whether a row of the file is left out because the journal keeps its own account of it. */
export type KeepsOwn = (row: ArchiveRow) => boolean;

const storyKey = (kind: unknown, refId: unknown) => `${String(kind)}\u0000${String(refId)}`;

/**
 * Beyond "a row whose key the journal has is left as the journal has it": rules for rows that
 * belong to something the journal already has, read from the journal before anything is added.
 */
const RULES: Record<string, (db: Db) => KeepsOwn> = {
  // An aspiration's or a goal's versions are one story, numbered 1, 2, 3… The journal keeps its
  // item as it has it, so it keeps that item's story too: a copy of the journal that went its own
  // way numbers other versions the same, and they describe states the journal's item never had.
  plan_revisions: (db) => {
    const told = new Set(
      (db.prepare('SELECT DISTINCT kind, ref_id FROM plan_revisions').all() as ArchiveRow[]).map(
        (row) => storyKey(row.kind, row.ref_id),
      ),
    );
    return (row) => told.has(storyKey(row.kind, row.ref_id));
  },
};

/** The rules for the tables of a file, read from the journal as it is before the import. */
export function journalKeepsOwn(db: Db, tables: readonly string[]): Map<string, KeepsOwn> {
  return new Map(
    tables.flatMap((name) => {
      const rule = RULES[name];
      return rule ? [[name, rule(db)] as const] : [];
    }),
  );
}
