import type { Aspiration, Goal, GoalStep, planContract } from '../contract/plan';
import type { AppContext } from '../core/context';
import type { HandlersFor } from '../core/handlers';
import type { Db } from '../db/open';
import * as aspirations from './aspirations';
import { applyBackwards, proposeForAspiration } from './backwards';
import { createFromTemplate, templatePreviews } from './from-template';
import * as goals from './goals';
import { listHistory } from './history';
import { pivotAspiration } from './pivot';
import { restoreRevision } from './restore';
import { aspirationNodeOf, goalNodeOf } from './nodes';
import { planTree, timelinePlan } from './tree';

type Write<I, R> = (db: Db, input: I, now: Date) => R;

/**
 * A write that answers with the node it changed, as `plan:tree` holds it (so the window patches
 * its cached plan): the aspiration, the goal, or the goal of the step.
 */
const answering =
  <N, R>(nodeOf: (db: Db, id: string, now: Date) => N, idOf: (written: R) => string) =>
  <I>(write: Write<I, R>) =>
  (ctx: AppContext, input: I): N => {
    const now = ctx.now();
    return nodeOf(ctx.db, idOf(write(ctx.db, input, now)), now);
  };

const withAspiration = answering(aspirationNodeOf, (aspiration: Aspiration) => aspiration.id);
const withGoal = answering(goalNodeOf, (goal: Goal) => goal.id);
const withStepsGoal = answering(goalNodeOf, (step: GoalStep) => step.goalId);

/** A write that takes only the id of what it changes. */
const byId =
  <R>(write: (db: Db, id: string, now: Date) => R): Write<{ id: string }, R> =>
  (db, input, now) =>
    write(db, input.id, now);

export const planHandlers = {
  'plan:tree': (ctx, input) => planTree(ctx.db, input, ctx.now()),
  'plan:timeline': (ctx) => timelinePlan(ctx.db, ctx.now()),

  'plan:createAspiration': withAspiration(aspirations.createAspiration),
  'plan:updateAspiration': withAspiration(aspirations.updateAspiration),
  'plan:deleteAspiration': (ctx, input) =>
    aspirations.deleteAspiration(ctx.db, input.id, ctx.now()),
  'plan:restoreAspiration': withAspiration(byId(aspirations.restoreAspiration)),
  'plan:reorderAspirations': (ctx, input) =>
    aspirations.reorderAspirations(ctx.db, input.orderedIds),
  'plan:achieveAspiration': withAspiration(aspirations.achieveAspiration),
  'plan:retireAspiration': withAspiration(aspirations.retireAspiration),
  'plan:reopenAspiration': withAspiration(byId(aspirations.reopenAspiration)),
  'plan:pivotAspiration': (ctx, input) => pivotAspiration(ctx.db, input, ctx.now()),

  'plan:createGoal': withGoal(goals.createGoal),
  'plan:updateGoal': withGoal(goals.updateGoal),
  'plan:deleteGoal': (ctx, input) => goals.deleteGoal(ctx.db, input.id, ctx.now()),
  'plan:restoreGoal': withGoal(byId(goals.restoreGoal)),
  'plan:reorderGoals': (ctx, input) =>
    goals.reorderGoals(ctx.db, input.aspirationId, input.orderedIds),

  'plan:createStep': withStepsGoal(goals.createStep),
  'plan:updateStep': withStepsGoal(goals.updateStep),
  'plan:deleteStep': withStepsGoal(byId(goals.deleteStep)),
  'plan:restoreStep': withStepsGoal(byId(goals.restoreStep)),
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
