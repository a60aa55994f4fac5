import type { linksContract } from '../contract/links';
import type { HandlersFor } from '../core/handlers';
import * as links from './service';

export const linksHandlers = {
  'links:ofEntry': (ctx, input) => links.linksOfEntry(ctx.db, input.entryId),
  'links:add': (ctx, input) => links.addLink(ctx.db, input, ctx.now()),
  'links:remove': (ctx, input) => links.removeLink(ctx.db, input),
  'links:entriesOf': (ctx, input) => links.entriesLinkedTo(ctx.db, input),
  'links:startReflection': (ctx, input) => links.startReflection(ctx.db, input, ctx.now()),
} satisfies HandlersFor<typeof linksContract>;
