import packageJson from '../../package.json';
import type { AppContext } from './context';
import { JournalSession, type SessionOptions } from './session';

export const APP_VERSION: string = packageJson.version;

/** The context both hosts and the tests give the router: `db` always reads the session's journal. */
export function contextFor(
  session: JournalSession,
  host: AppContext['host'],
  now: () => Date = session.now,
): AppContext {
  return {
    get db() {
      return session.db;
    },
    session,
    dataDir: session.dataDir,
    databaseFile: session.databaseFile,
    host,
    version: APP_VERSION,
    now,
  };
}

/**
 * Opens the journal in `dataDir` (or starts in recovery when it is damaged) and returns the context
 * every handler works with.
 */
export function openJournal(
  options: Omit<SessionOptions, 'now'> & { host: AppContext['host']; now?: () => Date },
): AppContext {
  const now = options.now ?? (() => new Date());
  const session = JournalSession.start({ ...options, now });
  return contextFor(session, options.host, now);
}
