import type { planContract } from '../contract/plan';
import type { HandlersFor } from '../core/handlers';
import * as aspirations from './aspirations';
import { applyBackwards, proposeForAspiration } from './backwards';
import { createFromTemplate, templatePreviews } from './from-template';
import * as goals from './goals';
import { listHistory } from './history';
import { pivotAspiration } from './pivot';
import { restoreRevision } from './restore';
import { aspirationNodeOf, goalNodeOf } from './nodes';
import { planTree, timelinePlan } from './tree';

export const planHandlers = {
  'plan:tree': (ctx, input) => planTree(ctx.db, input, ctx.now()),
  'plan:timeline': (ctx) => timelinePlan(ctx.db, ctx.now()),

  'plan:createAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.createAspiration(ctx.db, input, now).id, now);
  },
  'plan:updateAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.updateAspiration(ctx.db, input, now).id, now);
  },
  'plan:deleteAspiration': (ctx, input) =>
    aspirations.deleteAspiration(ctx.db, input.id, ctx.now()),
  'plan:restoreAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.restoreAspiration(ctx.db, input.id, now).id, now);
  },
  'plan:reorderAspirations': (ctx, input) =>
    aspirations.reorderAspirations(ctx.db, input.orderedIds),
  'plan:achieveAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.achieveAspiration(ctx.db, input, now).id, now);
  },
  'plan:retireAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.retireAspiration(ctx.db, input, now).id, now);
  },
  'plan:reopenAspiration': (ctx, input) => {
    const now = ctx.now();
    return aspirationNodeOf(ctx.db, aspirations.reopenAspiration(ctx.db, input.id, now).id, now);
  },
  'plan:pivotAspiration': (ctx, input) => pivotAspiration(ctx.db, input, ctx.now()),

  'plan:createGoal': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.createGoal(ctx.db, input, now).id, now);
  },
  'plan:updateGoal': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.updateGoal(ctx.db, input, now).id, now);
  },
  'plan:deleteGoal': (ctx, input) => goals.deleteGoal(ctx.db, input.id, ctx.now()),
  'plan:restoreGoal': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.restoreGoal(ctx.db, input.id, now).id, now);
  },
  'plan:reorderGoals': (ctx, input) =>
    goals.reorderGoals(ctx.db, input.aspirationId, input.orderedIds),

  'plan:createStep': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.createStep(ctx.db, input, now).goalId, now);
  },
  'plan:updateStep': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.updateStep(ctx.db, input, now).goalId, now);
  },
  'plan:deleteStep': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.deleteStep(ctx.db, input.id, now).goalId, now);
  },
  'plan:restoreStep': (ctx, input) => {
    const now = ctx.now();
    return goalNodeOf(ctx.db, goals.restoreStep(ctx.db, input.id, now).goalId, now);
  },
  'plan:reorderSteps': (ctx, input) => {
    goals.reorderSteps(ctx.db, input.goalId, input.orderedIds);
    return goalNodeOf(ctx.db, input.goalId, ctx.now());
  },

  'plan:history': (ctx, input) => listHistory(ctx.db, input.kind, input.id),
  'plan:restoreRevision': (ctx, input) => restoreRevision(ctx.db, input.revisionId, ctx.now()),

  'plan:templates': (ctx) => templatePreviews(ctx.now()),
  'plan:createFromTemplate': (ctx, input) =>
    createFromTemplate(ctx.db, input.templateId, ctx.now()),

  'plan:proposeBackwards': (ctx, input) => proposeForAspiration(ctx.db, input, ctx.now()),
  'plan:applyBackwards': (ctx, input) => applyBackwards(ctx.db, input, ctx.now()),
} satisfies HandlersFor<typeof planContract>;
