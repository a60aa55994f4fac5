import type { planContract } from '../contract/plan';
import type { HandlersFor } from '../core/handlers';
import * as aspirations from './aspirations';
import { applyBackwards, proposeForAspiration } from './backwards';
import { createFromTemplate, templatePreviews } from './from-template';
import * as goals from './goals';
import { listHistory } from './history';
import { pivotAspiration } from './pivot';
import { restoreRevision } from './restore';
import { planTree, timelinePlan } from './tree';

export const planHandlers = {
  'plan:tree': (ctx, input) => planTree(ctx.db, input, ctx.now()),
  'plan:timeline': (ctx) => timelinePlan(ctx.db, ctx.now()),

  'plan:createAspiration': (ctx, input) => aspirations.createAspiration(ctx.db, input, ctx.now()),
  'plan:updateAspiration': (ctx, input) => aspirations.updateAspiration(ctx.db, input, ctx.now()),
  'plan:deleteAspiration': (ctx, input) =>
    aspirations.deleteAspiration(ctx.db, input.id, ctx.now()),
  'plan:restoreAspiration': (ctx, input) =>
    aspirations.restoreAspiration(ctx.db, input.id, ctx.now()),
  'plan:reorderAspirations': (ctx, input) =>
    aspirations.reorderAspirations(ctx.db, input.orderedIds),
  'plan:achieveAspiration': (ctx, input) => aspirations.achieveAspiration(ctx.db, input, ctx.now()),
  'plan:retireAspiration': (ctx, input) => aspirations.retireAspiration(ctx.db, input, ctx.now()),
  'plan:reopenAspiration': (ctx, input) =>
    aspirations.reopenAspiration(ctx.db, input.id, ctx.now()),
  'plan:pivotAspiration': (ctx, input) => pivotAspiration(ctx.db, input, ctx.now()),

  'plan:createGoal': (ctx, input) => goals.createGoal(ctx.db, input, ctx.now()),
  'plan:updateGoal': (ctx, input) => goals.updateGoal(ctx.db, input, ctx.now()),
  'plan:deleteGoal': (ctx, input) => goals.deleteGoal(ctx.db, input.id, ctx.now()),
  'plan:restoreGoal': (ctx, input) => goals.restoreGoal(ctx.db, input.id, ctx.now()),
  'plan:reorderGoals': (ctx, input) =>
    goals.reorderGoals(ctx.db, input.aspirationId, input.orderedIds),

  'plan:createStep': (ctx, input) => goals.createStep(ctx.db, input, ctx.now()),
  'plan:updateStep': (ctx, input) => goals.updateStep(ctx.db, input, ctx.now()),
  'plan:deleteStep': (ctx, input) => goals.deleteStep(ctx.db, input.id, ctx.now()),
  'plan:restoreStep': (ctx, input) => goals.restoreStep(ctx.db, input.id, ctx.now()),
  'plan:reorderSteps': (ctx, input) => goals.reorderSteps(ctx.db, input.goalId, input.orderedIds),

  'plan:history': (ctx, input) => listHistory(ctx.db, input.kind, input.id),
  'plan:restoreRevision': (ctx, input) => restoreRevision(ctx.db, input.revisionId, ctx.now()),

  'plan:templates': (ctx) => templatePreviews(ctx.now()),
  'plan:createFromTemplate': (ctx, input) =>
    createFromTemplate(ctx.db, input.templateId, ctx.now()),

  'plan:proposeBackwards': (ctx, input) => proposeForAspiration(ctx.db, input, ctx.now()),
  'plan:applyBackwards': (ctx, input) => applyBackwards(ctx.db, input, ctx.now()),
} satisfies HandlersFor<typeof planContract>;
