/**
 * Puts a plan write's answer into the cached plan: the changed aspiration or goal replaces the one
 * held, and what the tree works out over its goals (the aspiration's progress and warnings) is
 * worked out again with the same pure rules the main process uses. Every other node keeps its
 * identity, so React redraws only what changed.
 */
import type {
  Aspiration,
  AspirationNode,
  Goal,
  GoalNode,
  PlanTree,
  TimelineAspiration,
  TimelineGoal,
  TimelinePlan,
} from '../../src-main/contract';
import { byPosition } from '../../src-main/shared/plan/order';
import { aspirationProgress } from '../../src-main/shared/plan/progress';
import { timelineAspiration, timelineGoal } from '../../src-main/shared/plan/timeline-plan';

function upsert<T extends { id: string; position: number; createdAt: string }>(
  items: readonly T[],
  item: T,
): T[] {
  const others = items.filter((other) => other.id !== item.id);
  return [...others, item].sort(byPosition);
}

function withPositions<T extends { id: string; position: number; createdAt: string }>(
  items: readonly T[],
  moved: readonly { id: string; position: number }[],
): T[] {
  const positions = new Map(moved.map((item) => [item.id, item.position]));
  return items
    .map((item) => {
      const position = positions.get(item.id);
      return position === undefined || position === item.position ? item : { ...item, position };
    })
    .sort(byPosition);
}

/** The aspiration with new goals, and what it sums up from them worked out again. */
function withGoals(aspiration: AspirationNode, goals: GoalNode[]): AspirationNode {
  return {
    ...aspiration,
    goals,
    progress: aspirationProgress(goals),
    warnings: goals.flatMap((goal) => goal.warnings),
  };
}

/** The plan (the tree, or the Timeline's) with one aspiration changed; the same plan when it has none such. */
function mapAspiration<P extends { aspirations: readonly { id: string }[] }>(
  plan: P,
  id: string,
  change: (aspiration: P['aspirations'][number]) => P['aspirations'][number],
): P {
  if (!plan.aspirations.some((aspiration) => aspiration.id === id)) return plan;
  return {
    ...plan,
    aspirations: plan.aspirations.map((aspiration) =>
      aspiration.id === id ? change(aspiration) : aspiration,
    ),
  };
}

export const treePatch = {
  aspiration: (tree: PlanTree, node: AspirationNode): PlanTree => ({
    ...tree,
    aspirations: upsert(tree.aspirations, node),
  }),
  aspirationGone: (tree: PlanTree, gone: Pick<Aspiration, 'id'>): PlanTree => ({
    ...tree,
    aspirations: tree.aspirations.filter((aspiration) => aspiration.id !== gone.id),
  }),
  aspirationsMoved: (tree: PlanTree, moved: readonly Aspiration[]): PlanTree => ({
    ...tree,
    aspirations: withPositions(tree.aspirations, moved),
  }),
  goal: (tree: PlanTree, node: GoalNode): PlanTree =>
    mapAspiration(tree, node.aspirationId, (aspiration) =>
      withGoals(aspiration, upsert(aspiration.goals, node)),
    ),
  goalGone: (tree: PlanTree, gone: Pick<Goal, 'id' | 'aspirationId'>): PlanTree =>
    mapAspiration(tree, gone.aspirationId, (aspiration) =>
      withGoals(
        aspiration,
        aspiration.goals.filter((goal) => goal.id !== gone.id),
      ),
    ),
  goalsMoved: (tree: PlanTree, moved: readonly Goal[]): PlanTree => {
    const aspirationId = moved[0]?.aspirationId;
    if (!aspirationId) return tree;
    return mapAspiration(tree, aspirationId, (aspiration) =>
      withGoals(aspiration, withPositions(aspiration.goals, moved)),
    );
  },
};

/**
 * The same for the Timeline's slimmer plan. Its aspirations carry no position, so an aspiration
 * that appears (created, restored) or moves is not placed here: the caller reads the plan again.
 */
export const timelinePatch = {
  /** Null: the aspiration is new to this plan, and only a fresh read knows where it goes. */
  aspiration: (plan: TimelinePlan, node: AspirationNode): TimelinePlan | null => {
    if (!plan.aspirations.some((aspiration) => aspiration.id === node.id)) return null;
    return mapAspiration(plan, node.id, () => timelineAspiration(node, node.goals));
  },
  /** `moved` is every live aspiration, in the plan's new order. */
  aspirationsMoved: (plan: TimelinePlan, moved: readonly Aspiration[]): TimelinePlan => {
    const order = new Map(moved.map((aspiration, index) => [aspiration.id, index]));
    const place = (aspiration: TimelineAspiration) => order.get(aspiration.id) ?? Infinity;
    return { ...plan, aspirations: [...plan.aspirations].sort((a, b) => place(a) - place(b)) };
  },
  aspirationGone: (plan: TimelinePlan, gone: Pick<Aspiration, 'id'>): TimelinePlan => ({
    ...plan,
    aspirations: plan.aspirations.filter((aspiration) => aspiration.id !== gone.id),
  }),
  goal: (plan: TimelinePlan, node: GoalNode): TimelinePlan =>
    mapAspiration(plan, node.aspirationId, (aspiration) => ({
      ...aspiration,
      goals: upsert<TimelineGoal>(aspiration.goals, timelineGoal(node)),
    })),
  goalGone: (plan: TimelinePlan, gone: Pick<Goal, 'id' | 'aspirationId'>): TimelinePlan =>
    mapAspiration(plan, gone.aspirationId, (aspiration) => ({
      ...aspiration,
      goals: aspiration.goals.filter((goal) => goal.id !== gone.id),
    })),
  goalsMoved: (plan: TimelinePlan, moved: readonly Goal[]): TimelinePlan => {
    const aspirationId = moved[0]?.aspirationId;
    if (!aspirationId) return plan;
    return mapAspiration(plan, aspirationId, (aspiration) => ({
      ...aspiration,
      goals: withPositions(aspiration.goals, moved),
    }));
  },
};
