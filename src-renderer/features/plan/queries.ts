import { type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AspirationNode, GoalNode, PlanTree } from '../../../src-main/contract';
import { planKeys, usePlanTree } from '../../api/plan-tree';
import { useToast } from '../../ui/toast';

// The plan's keys and its tree live below the features: the journal's links list the plan too.
export { planKeys, usePlanTree };

export function findAspiration(tree: PlanTree | undefined, id: string | null) {
  return tree?.aspirations.find((a) => a.id === id) ?? null;
}

export function findGoal(tree: PlanTree | undefined, goalId: string | null) {
  for (const aspiration of tree?.aspirations ?? []) {
    const goal = aspiration.goals.find((g) => g.id === goalId);
    if (goal) return { aspiration, goal };
  }
  return null;
}

function byIds<T extends { id: string }>(items: T[], orderedIds: string[]): T[] {
  const moving = new Set(orderedIds);
  const queue = orderedIds.map((id) => items.find((item) => item.id === id) as T);
  return items.map((item) => (moving.has(item.id) ? (queue.shift() as T) : item));
}

/**
 * Changes the cached plan at once, before the server answers. A read of the plan already on its way
 * (a goal's save re-reads it) would bring back the old state, so it is called off; the action's own
 * refresh follows. It is called off with `revert` (the default): the cache goes back to what it held
 * before that read, and the change is made over it. Without `revert` the cancelled read ends as a
 * failed query, and the Plan screen would swap the goal being edited for an error.
 */
function optimistic(client: QueryClient, update: (tree: PlanTree) => PlanTree): void {
  void client.cancelQueries({ queryKey: planKeys.tree() });
  client.setQueryData<PlanTree>(planKeys.tree(), (tree) => (tree ? update(tree) : tree));
}

/** Shows a new order at once; the server's answer follows. */
export function reorderLocally(
  client: QueryClient,
  target:
    | { kind: 'aspirations' }
    | { kind: 'goals'; aspirationId: string }
    | { kind: 'steps'; goalId: string },
  orderedIds: string[],
): void {
  optimistic(client, (tree) => {
    if (target.kind === 'aspirations') {
      return { ...tree, aspirations: byIds(tree.aspirations, orderedIds) };
    }
    return {
      ...tree,
      aspirations: tree.aspirations.map((a): AspirationNode => {
        if (target.kind === 'goals') {
          return a.id === target.aspirationId ? { ...a, goals: byIds(a.goals, orderedIds) } : a;
        }
        return {
          ...a,
          goals: a.goals.map((g): GoalNode =>
            g.id === target.goalId ? { ...g, steps: byIds(g.steps, orderedIds) } : g,
          ),
        };
      }),
    };
  });
}

/** Shows a ticked (or unticked) step at once; the server's answer follows. */
export function tickLocally(client: QueryClient, stepId: string, done: boolean): void {
  optimistic(client, (tree) => ({
    ...tree,
    aspirations: tree.aspirations.map((a) => ({
      ...a,
      goals: a.goals.map((g) =>
        g.steps.some((s) => s.id === stepId)
          ? { ...g, steps: g.steps.map((s) => (s.id === stepId ? { ...s, done } : s)) }
          : g,
      ),
    })),
  }));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * Runs a change (a `write`, which puts its answer into the cached plan, or reads the plan again if
 * it failed); a failure is shown in words, so the screen never shows something that was not saved.
 */
export function usePlanAction() {
  const toast = useToast();
  return useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action();
      } catch (error) {
        toast({ message: messageOf(error), tone: 'error' });
        return undefined;
      }
    },
    [toast],
  );
}
