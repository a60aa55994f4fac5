import type { Db } from '../../../src-main/db/open';

/** What the Node benchmarks work on: a seeded journal on disk, closed between benchmarks. */
export interface CoreContext {
  dataDir: string;
  quick: boolean;
  seed: number;
  /** Live entry ids, oldest first. */
  entryIds: string[];
}

/** True when the journal has a table whose schema matches, e.g. an FTS5 index. */
export function hasTable(db: Db, sqlLike: string): boolean {
  const row = db
    .prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND sql LIKE ?",
    )
    .get(sqlLike);
  return (row?.n ?? 0) > 0;
}
