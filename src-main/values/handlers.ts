import type { valuesContract } from '../contract/values';
import type { HandlersFor } from '../core/handlers';
import * as checks from './checks';
import { valuesHistory, valuesOverview } from './overview';
import { reflectOnCheck } from './reflect';
import { getSettings, updateSettings } from './settings';

export const valuesHandlers = {
  'values:overview': (ctx) => valuesOverview(ctx.db, ctx.now()),
  'values:history': (ctx, input) => valuesHistory(ctx.db, input.aspirationId),
  'values:draft': (ctx, input) => checks.getDraft(ctx.db, input.aspirationId),
  'values:saveDraft': (ctx, input) => checks.saveDraft(ctx.db, input, ctx.now()),
  'values:saveCheck': (ctx, input) => checks.saveCheck(ctx.db, input, ctx.now()),
  'values:deleteCheck': (ctx, input) => checks.deleteCheck(ctx.db, input.id, ctx.now()),
  'values:restoreCheck': (ctx, input) => checks.restoreCheck(ctx.db, input.id, ctx.now()),
  'values:settings': (ctx) => getSettings(ctx.db),
  'values:updateSettings': (ctx, input) => updateSettings(ctx.db, input),
  'values:reflect': (ctx, input) => reflectOnCheck(ctx.db, input.checkId, ctx.now()),
} satisfies HandlersFor<typeof valuesContract>;
