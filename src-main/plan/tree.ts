/**
 * The whole plan in one answer, for the Plan, Timeline and Export screens: three set-based reads
 * (live aspirations, live goals, live steps), grouped and ordered in memory, with each goal's
 * progress, SMART check and warnings worked out once. Linear in the size of the plan.
 */
import type {
  AspirationNode,
  AspirationStatus,
  GoalNode,
  GoalStep,
  PlanTree,
  PlanWarning,
} from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { aspirationProgress, goalProgress } from './progress';
import { planRepository } from './repository';
import { goalFromValues, stepFromValues, toAspiration } from './rows';
import { smartReport } from './smart';
import { goalWarnings } from './warnings';

/** The order the person gave, then the order of writing: as `ORDER BY position, created_at`. */
function byPosition<T extends { position: number; createdAt: string }>(a: T, b: T): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function planTree(
  db: Db,
  options: { statuses?: AspirationStatus[]; aspirationIds?: string[] } = {},
  now: Date = new Date(),
): PlanTree {
  const today = localDate(now);
  const repository = planRepository(db);
  const statuses = options.statuses ? new Set(options.statuses) : null;
  const ids = options.aspirationIds ? new Set(options.aspirationIds) : null;

  const aspirations = repository
    .liveAspirations()
    .filter((row) => (!statuses || statuses.has(row.status)) && (!ids || ids.has(row.id)))
    .map(toAspiration);
  const byId = new Map(aspirations.map((aspiration) => [aspiration.id, aspiration]));

  // Goals of live aspirations that were filtered out, or of deleted ones, are left out here; steps
  // are kept only for the goals that stay.
  const goalsByAspiration = new Map<string, GoalNode[]>();
  const goalsById = new Map<string, GoalNode>();
  for (const values of repository.liveGoals()) {
    const node = goalFromValues(values) as GoalNode;
    if (!byId.has(node.aspirationId)) continue;
    node.steps = [];
    goalsById.set(node.id, node);
    push(goalsByAspiration, node.aspirationId, node);
  }
  for (const values of repository.liveSteps()) {
    const step = stepFromValues(values);
    goalsById.get(step.goalId)?.steps.push(step);
  }

  return {
    today,
    aspirations: aspirations.map((aspiration): AspirationNode => {
      const goals = (goalsByAspiration.get(aspiration.id) ?? []).sort(byPosition);
      const warnings: PlanWarning[] = [];
      for (const goal of goals) {
        const steps: GoalStep[] = goal.steps.sort(byPosition);
        goal.progress = goalProgress(goal, steps);
        goal.smart = smartReport(goal);
        goal.warnings = goalWarnings(aspiration, goal, today);
        warnings.push(...goal.warnings);
      }
      return {
        ...aspiration,
        goals,
        progress: aspirationProgress(goals),
        warnings,
      };
    }),
  };
}
