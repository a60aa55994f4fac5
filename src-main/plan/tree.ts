/**
 * The whole plan in one answer, for the Plan and Export screens: three set-based reads (live
 * aspirations, live goals, live steps), grouped and ordered in memory, with each goal's progress,
 * SMART check and warnings worked out once. Linear in the size of the plan. The Timeline reads a
 * slimmer answer made from the same reads (`timelinePlan`).
 */
import type {
  Aspiration,
  AspirationNode,
  AspirationStatus,
  Goal,
  GoalNode,
  GoalStep,
  PlanTree,
  PlanWarning,
  TimelinePlan,
} from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { byPosition } from '../shared/plan/order';
import { aspirationProgress, goalProgress } from '../shared/plan/progress';
import { planRepository } from './repository';
import { goalFromValues, stepFromValues, toAspiration } from './rows';
import { smartReport } from '../shared/plan/smart';
import { timelineAspiration } from '../shared/plan/timeline-plan';
import { goalWarnings } from '../shared/plan/warnings';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface LivePlan {
  today: string;
  aspirations: Aspiration[];
  /** Each aspiration's goals in plan order, each with its steps in plan order. */
  goalsOf(aspiration: Aspiration): (Goal & { steps: GoalStep[] })[];
}

/** The live plan's records, grouped and ordered; the filters choose aspirations. */
function readLivePlan(
  db: Db,
  options: { statuses?: AspirationStatus[]; aspirationIds?: string[] },
  now: Date,
): LivePlan {
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
  const goalsByAspiration = new Map<string, (Goal & { steps: GoalStep[] })[]>();
  const goalsById = new Map<string, Goal & { steps: GoalStep[] }>();
  for (const values of repository.liveGoals()) {
    const goal = goalFromValues(values);
    if (!byId.has(goal.aspirationId)) continue;
    const node = Object.assign(goal, { steps: [] as GoalStep[] });
    goalsById.set(node.id, node);
    push(goalsByAspiration, node.aspirationId, node);
  }
  for (const values of repository.liveSteps()) {
    const step = stepFromValues(values);
    goalsById.get(step.goalId)?.steps.push(step);
  }

  return {
    today: localDate(now),
    aspirations,
    goalsOf(aspiration) {
      const goals = (goalsByAspiration.get(aspiration.id) ?? []).sort(byPosition);
      for (const goal of goals) goal.steps.sort(byPosition);
      return goals;
    },
  };
}

export function planTree(
  db: Db,
  options: { statuses?: AspirationStatus[]; aspirationIds?: string[] } = {},
  now: Date = new Date(),
): PlanTree {
  const plan = readLivePlan(db, options, now);
  const { today } = plan;
  return {
    today,
    aspirations: plan.aspirations.map((aspiration) =>
      aspirationNode(aspiration, plan.goalsOf(aspiration), today),
    ),
  };
}

/**
 * One aspiration as the tree holds it, from its records: each goal's progress, SMART check and
 * warnings worked out once. The tree and a write's answer (`plan/nodes.ts`) both build it here,
 * so a node patched into the window's cache is the node a fresh read would give.
 */
export function aspirationNode(
  aspiration: Aspiration,
  goals: (Goal & { steps: GoalStep[] })[],
  today: string,
): AspirationNode {
  const warnings: PlanWarning[] = [];
  const nodes = goals.map((goal): GoalNode => {
    const node = goal as GoalNode;
    node.progress = goalProgress(goal, goal.steps);
    node.smart = smartReport(goal);
    node.warnings = goalWarnings(aspiration, goal, today);
    warnings.push(...node.warnings);
    return node;
  });
  return { ...aspiration, goals: nodes, progress: aspirationProgress(nodes), warnings };
}

/**
 * The live plan as the Timeline reads it (`plan:timeline`): every live aspiration, its goals with
 * their progress and SMART check, and only the steps that have a due date; no warnings (the
 * Timeline works out the few it shows for the dates it changes).
 */
export function timelinePlan(db: Db, now: Date = new Date()): TimelinePlan {
  const plan = readLivePlan(db, {}, now);
  return {
    today: plan.today,
    aspirations: plan.aspirations.map((aspiration) =>
      timelineAspiration(
        aspiration,
        plan.goalsOf(aspiration).map((goal) => ({
          ...goal,
          progress: goalProgress(goal, goal.steps),
          smart: smartReport(goal),
        })),
      ),
    ),
  };
}
