import type { appContract } from '../contract/app';
import { schemaVersion } from '../db/migrate';
import type { HandlersFor } from './handlers';

export const appHandlers = {
  'app:info': (ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: schemaVersion(ctx.db),
    host: ctx.host,
  }),
} satisfies HandlersFor<typeof appContract>;
