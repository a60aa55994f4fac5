import type { tagsContract } from '../contract/tags';
import type { HandlersFor } from '../core/handlers';
import * as tags from './service';

export const tagsHandlers = {
  'tags:list': (ctx) => tags.listTags(ctx.db),
  'tags:ofEntry': (ctx, input) => tags.tagsOfEntry(ctx.db, input.entryId),
  'tags:add': (ctx, input) => tags.addTag(ctx.db, input, ctx.now()),
  'tags:remove': (ctx, input) => tags.removeTag(ctx.db, input),
} satisfies HandlersFor<typeof tagsContract>;
