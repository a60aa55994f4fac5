/**
 * The whole plan in one answer, for the Plan, Timeline and Export screens: three queries (live
 * aspirations, their live goals, those goals' live steps), grouped in memory, with each goal's
 * progress, SMART check and warnings worked out. Linear in the size of the plan.
 */
import type {
  AspirationNode,
  AspirationStatus,
  GoalNode,
  GoalStep,
  PlanTree,
} from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { aspirationProgress, goalProgress } from './progress';
import { planRepository } from './repository';
import { toAspiration, toGoal, toStep } from './rows';
import { smartReport } from './smart';
import { goalWarnings } from './warnings';

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
    .filter((row) => (!statuses || statuses.has(row.status)) && (!ids || ids.has(row.id)));
  const wanted = new Set(aspirations.map((row) => row.id));

  const stepsByGoal = new Map<string, GoalStep[]>();
  for (const row of repository.liveSteps()) {
    const list = stepsByGoal.get(row.goal_id);
    if (list) list.push(toStep(row));
    else stepsByGoal.set(row.goal_id, [toStep(row)]);
  }

  const goalsByAspiration = new Map<string, GoalNode[]>();
  for (const row of repository.liveGoals()) {
    if (!wanted.has(row.aspiration_id)) continue;
    const goal = toGoal(row);
    const steps = stepsByGoal.get(goal.id) ?? [];
    const node: GoalNode = {
      ...goal,
      steps,
      progress: goalProgress(goal, steps),
      smart: smartReport(goal),
      warnings: [],
    };
    const list = goalsByAspiration.get(goal.aspirationId);
    if (list) list.push(node);
    else goalsByAspiration.set(goal.aspirationId, [node]);
  }

  return {
    today,
    aspirations: aspirations.map((row): AspirationNode => {
      const aspiration = toAspiration(row);
      const goals = goalsByAspiration.get(aspiration.id) ?? [];
      for (const goal of goals) goal.warnings = goalWarnings(aspiration, goal, today);
      return {
        ...aspiration,
        goals,
        progress: aspirationProgress(goals),
        warnings: goals.flatMap((goal) => goal.warnings),
      };
    }),
  };
}
