import type { achievementsContract } from '../contract/achievements';
import type { HandlersFor } from '../core/handlers';
import * as achievements from './service';

export const achievementsHandlers = {
  'achievements:list': (ctx, input) => achievements.listAchievements(ctx.db, input),
  'achievements:create': (ctx, input) => achievements.createAchievement(ctx.db, input, ctx.now()),
  'achievements:update': (ctx, input) => achievements.updateAchievement(ctx.db, input, ctx.now()),
  'achievements:delete': (ctx, input) =>
    achievements.deleteAchievement(ctx.db, input.id, ctx.now()),
  'achievements:restore': (ctx, input) =>
    achievements.restoreAchievement(ctx.db, input.id, ctx.now()),
} satisfies HandlersFor<typeof achievementsContract>;
