import { channelQuery } from '../../api/queries';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  PlanTree,
  TimelineAspiration,
  TimelineGoal,
  TimelinePlan,
} from '../../../src-main/contract';
import { timelinePlanFromTree } from '../../../src-main/shared/plan/timeline-plan';

/**
 * The Timeline reads `plan:timeline` (the plan slimmed to what it draws) under `['plan',
 * 'timeline']`. It sits under `['plan']`, so every change the Plan makes (which invalidates
 * `['plan']`) reaches it too; and the Timeline's own changes invalidate the Plan's tree.
 */
export const timelineKeys = {
  all: ['plan'] as const,
  plan: () => ['plan', 'timeline'] as const,
};
const PLAN_TREE_KEY = ['plan', 'tree'] as const;

export function useTimelinePlan() {
  const client = useQueryClient();
  return useQuery({
    ...channelQuery('plan:timeline', {}, timelineKeys.plan()),
    // The Plan screen, or the journal's links, may hold the whole tree already: slimmed, it is
    // this answer, as fresh as that tree is, and nothing needs asking for.
    initialData: () => {
      if (client.getQueryState(PLAN_TREE_KEY)?.isInvalidated) return undefined;
      const tree = client.getQueryData<PlanTree>(PLAN_TREE_KEY);
      return tree ? timelinePlanFromTree(tree) : undefined;
    },
    initialDataUpdatedAt: () => client.getQueryState(PLAN_TREE_KEY)?.dataUpdatedAt,
  });
}

/** A goal's stored dates: `startDate` null means "no start date" (the creation date is drawn). */
export interface StoredDates {
  startDate: string | null;
  dueDate: string;
}

/** The plan with one goal's dates replaced; every other node keeps its identity. */
export function withGoalDates(
  plan: TimelinePlan,
  goalId: string,
  dates: StoredDates,
): TimelinePlan {
  return {
    ...plan,
    aspirations: plan.aspirations.map((aspiration): TimelineAspiration => {
      if (!aspiration.goals.some((goal) => goal.id === goalId)) return aspiration;
      return {
        ...aspiration,
        goals: aspiration.goals.map((goal): TimelineGoal =>
          goal.id === goalId ? { ...goal, ...dates } : goal,
        ),
      };
    }),
  };
}

/** Shows new dates at once, before the plan has saved them. */
export function previewGoalDates(client: QueryClient, goalId: string, dates: StoredDates): void {
  client.setQueryData<TimelinePlan>(timelineKeys.plan(), (plan) =>
    plan ? withGoalDates(plan, goalId, dates) : plan,
  );
}

export function findGoal(
  plan: TimelinePlan | undefined,
  goalId: string,
): { aspiration: TimelineAspiration; goal: TimelineGoal } | null {
  for (const aspiration of plan?.aspirations ?? []) {
    const goal = aspiration.goals.find((g) => g.id === goalId);
    if (goal) return { aspiration, goal };
  }
  return null;
}
