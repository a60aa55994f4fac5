import type { importContract } from '../contract/import';
import type { HandlersFor } from '../core/handlers';
import { importedFrom } from './provenance';
import { importSessions } from './sessions';

export const importHandlers = {
  'import:upload': (ctx, input) => importSessions(ctx.db, ctx.now).upload(input),
  'import:preview': (ctx, input) => importSessions(ctx.db, ctx.now).preview(input.sessionId),
  'import:start': (ctx, input) => importSessions(ctx.db, ctx.now).start(input.sessionId),
  'import:progress': (ctx, input) => importSessions(ctx.db, ctx.now).progress(input.sessionId),
  'import:cancel': (ctx, input) => importSessions(ctx.db, ctx.now).cancel(input.sessionId),
  'import:discard': (ctx, input) => ({
    discarded: importSessions(ctx.db, ctx.now).discard(input.sessionId),
  }),
  'import:sourceOf': (ctx, input) => importedFrom(ctx.db, input.entryId),
} satisfies HandlersFor<typeof importContract>;
