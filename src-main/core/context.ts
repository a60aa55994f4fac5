import type { Db } from '../db/open';
import type { JournalSession } from './session';

/** What every handler receives: the open journal and where it lives. Services take `db` only. */
export interface AppContext {
  /**
   * The journal open right now, asked of the session on every read: a restore or a recovery
   * replaces it while the app runs, so never keep it beyond one call.
   */
  readonly db: Db;
  readonly session: JournalSession;
  dataDir: string;
  databaseFile: string;
  host: 'desktop' | 'web';
  version: string;
  /** The clock, replaceable in tests. */
  now: () => Date;
}
