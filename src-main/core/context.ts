import type { Db } from '../db/open';

/** What every handler receives: the open journal and where it lives. Services take `db` only. */
export interface AppContext {
  db: Db;
  dataDir: string;
  databaseFile: string;
  host: 'desktop' | 'web';
  version: string;
  /** The clock, replaceable in tests. */
  now: () => Date;
}
