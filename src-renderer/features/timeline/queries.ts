import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AspirationNode, GoalNode, PlanTree } from '../../../src-main/contract';
import { call } from '../../api/client';

/**
 * The plan tree, under the same key as the Plan screen's (`['plan', 'tree']`), so the two screens
 * share one cached answer and a change made on either shows on both.
 */
export const timelineKeys = {
  all: ['plan'] as const,
  tree: () => ['plan', 'tree'] as const,
};

export function useTimelineTree() {
  return useQuery({ queryKey: timelineKeys.tree(), queryFn: () => call('plan:tree', {}) });
}

/** A goal's stored dates: `startDate` null means "no start date" (the creation date is drawn). */
export interface StoredDates {
  startDate: string | null;
  dueDate: string;
}

/** The tree with one goal's dates replaced; every other node keeps its identity. */
export function withGoalDates(tree: PlanTree, goalId: string, dates: StoredDates): PlanTree {
  return {
    ...tree,
    aspirations: tree.aspirations.map((aspiration): AspirationNode => {
      if (!aspiration.goals.some((goal) => goal.id === goalId)) return aspiration;
      return {
        ...aspiration,
        goals: aspiration.goals.map((goal): GoalNode =>
          goal.id === goalId ? { ...goal, ...dates } : goal,
        ),
      };
    }),
  };
}

/** Shows new dates at once, before the plan has saved them. */
export function previewGoalDates(client: QueryClient, goalId: string, dates: StoredDates): void {
  client.setQueryData<PlanTree>(timelineKeys.tree(), (tree) =>
    tree ? withGoalDates(tree, goalId, dates) : tree,
  );
}

export function findGoalNode(
  tree: PlanTree | undefined,
  goalId: string,
): { aspiration: AspirationNode; goal: GoalNode } | null {
  for (const aspiration of tree?.aspirations ?? []) {
    const goal = aspiration.goals.find((g) => g.id === goalId);
    if (goal) return { aspiration, goal };
  }
  return null;
}
