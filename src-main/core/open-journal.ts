import { join } from 'node:path';
import packageJson from '../../package.json';
import { openDatabase, type OpenOptions } from '../db/open';
import type { AppContext } from './context';
import { JOURNAL_FILE } from './data-dir';

export const APP_VERSION: string = packageJson.version;

/** Opens the journal in `dataDir` and returns the context every handler works with. */
export function openJournal(options: {
  dataDir: string;
  host: AppContext['host'];
  db?: OpenOptions;
  now?: () => Date;
}): AppContext {
  const databaseFile = join(options.dataDir, JOURNAL_FILE);
  const db = openDatabase(databaseFile, options.db);
  return {
    db,
    dataDir: options.dataDir,
    databaseFile,
    host: options.host,
    version: APP_VERSION,
    now: options.now ?? (() => new Date()),
  };
}
