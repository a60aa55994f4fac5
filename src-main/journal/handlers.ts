import type { journalContract } from '../contract/journal';
import type { HandlersFor } from '../core/handlers';
import * as journal from './service';

export const journalHandlers = {
  'journal:list': (ctx, input) => journal.listEntries(ctx.db, input),
  'journal:get': (ctx, input) => journal.getEntry(ctx.db, input.id),
  'journal:create': (ctx, input) => journal.createEntry(ctx.db, input, ctx.now()),
  'journal:update': (ctx, input) => journal.saveEntry(ctx.db, input, ctx.now()),
  'journal:trash': (ctx, input) => journal.trashEntry(ctx.db, input.id, ctx.now()),
  'journal:restore': (ctx, input) => journal.restoreEntry(ctx.db, input.id, ctx.now()),
} satisfies HandlersFor<typeof journalContract>;
