import type { historyContract } from '../contract/history';
import type { HandlersFor } from '../core/handlers';
import { listVersions, restoreVersion } from './history';

export const historyHandlers = {
  'history:list': (ctx, input) => listVersions(ctx.db, input.entryId),
  'history:restore': (ctx, input) => restoreVersion(ctx.db, input, ctx.now()),
} satisfies HandlersFor<typeof historyContract>;
