import { achievementsHandlers } from '../achievements/handlers';
import { archiveHandlers } from '../archive/handlers';
import { attachmentsHandlers } from '../attachments/handlers';
import { backupHandlers } from '../backup/handlers';
import { importHandlers } from '../import/handlers';
import { historyHandlers } from '../journal/history-handlers';
import { exportHandlers } from '../export/handlers';
import { journalHandlers } from '../journal/handlers';
import { linksHandlers } from '../links/handlers';
import { lockHandlers } from '../lock/handlers';
import { planHandlers } from '../plan/handlers';
import { todayHandlers } from '../today/handlers';
import { valuesHandlers } from '../values/handlers';
import { searchHandlers } from '../search/handlers';
import { tagsHandlers } from '../tags/handlers';
import { resumeSync, syncHandlers } from '../sync/handlers';
import { registerSearchRebuildAfterImport } from '../search/rebuild';
import { welcomeHandlers } from '../welcome/handlers';
import { appHandlers } from './app-handlers';
import type { AppContext } from './context';
import { createRouter, type Router } from './router';

// Derived data an import must rebuild (the archive knows nothing of search).
registerSearchRebuildAfterImport();

/** Every domain's handlers; each host builds its router from this one list. */
export const allHandlers = [
  appHandlers,
  journalHandlers,
  tagsHandlers,
  linksHandlers,
  historyHandlers,
  searchHandlers,
  planHandlers,
  valuesHandlers,
  backupHandlers,
  archiveHandlers,
  exportHandlers,
  importHandlers,
  todayHandlers,
  welcomeHandlers,
  lockHandlers,
  attachmentsHandlers,
  achievementsHandlers,
  syncHandlers,
];

export function createAppRouter(ctx: AppContext): Router {
  const router = createRouter(
    ctx,
    ...(allHandlers as unknown as Record<string, (ctx: AppContext, input: unknown) => unknown>[]),
  );
  resumeSync(ctx);
  return router;
}
