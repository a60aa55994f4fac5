import type { AppContext } from '../../../src-main/core/context';
import { openJournal } from '../../../src-main/core/open-journal';

/** What the Node benchmarks work on: a seeded journal on disk, closed between benchmarks. */
export interface CoreContext {
  dataDir: string;
  quick: boolean;
  seed: number;
  /** Live entry ids, oldest first. */
  entryIds: string[];
}

/** Opens the seeded journal as the app does, hands it to `use`, and closes it again. */
export function withJournal<T>(ctx: CoreContext, use: (journal: AppContext) => T): T {
  const journal = openJournal({ dataDir: ctx.dataDir, host: 'web' });
  try {
    return use(journal);
  } finally {
    journal.session.close();
  }
}
