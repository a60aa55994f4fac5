/**
 * What the composed texts say, read from the plan: the main aspiration, the others, and for each its
 * goals still ahead (nearest first; overdue ones left out) and reached (latest first). Dropped goals
 * are left out.
 */
import type { AspirationNode, GoalNode } from '../../../src-main/contract';

export type ComposeGoal = Pick<
  GoalNode,
  | 'title'
  | 'startDate'
  | 'dueDate'
  | 'status'
  | 'completedOn'
  | 'metricName'
  | 'metricUnit'
  | 'metricTarget'
  | 'metricCurrent'
>;

export type ComposeAspiration = Pick<AspirationNode, 'title' | 'horizonDate'> & {
  goals: ComposeGoal[];
  /** The statement as plain text, when known (a cover letter matches it against a role). */
  statementText?: string;
};

export interface ComposeInput {
  /** The person's calendar date the text is composed on. */
  today: string;
  /** In the person's order; the first is the one the text is about. */
  aspirations: ComposeAspiration[];
  /** The role applied for (cover letter only). */
  target?: { role: string; organisation: string } | null;
}

/** One aspiration's goals still ahead (nearest first) and reached (latest first). */
export interface AspirationFacts {
  aspiration: ComposeAspiration;
  ahead: ComposeGoal[];
  reached: ComposeGoal[];
}

export interface PlanFacts {
  main: ComposeAspiration;
  /** The main aspiration's own goals: a sentence never mixes two aspirations' goals. */
  ahead: ComposeGoal[];
  reached: ComposeGoal[];
  others: ComposeAspiration[];
  /** The other aspirations' goals, each on its own. */
  otherFacts: AspirationFacts[];
}

export function aspirationFacts(aspiration: ComposeAspiration, today: string): AspirationFacts {
  const goals = aspiration.goals;
  // An overdue goal is the person's to replan, not a "next milestone" to announce to an employer.
  const ahead = goals
    .filter(
      (goal) =>
        (goal.status === 'planned' || goal.status === 'in_progress') && goal.dueDate >= today,
    )
    .map((goal, order) => ({ goal, order }))
    .sort((a, b) =>
      a.goal.dueDate === b.goal.dueDate
        ? a.order - b.order
        : a.goal.dueDate < b.goal.dueDate
          ? -1
          : 1,
    )
    .map(({ goal }) => goal);
  const reached = goals
    .filter((goal) => goal.status === 'done')
    .map((goal, order) => ({ goal, order, on: goal.completedOn ?? goal.dueDate }))
    .sort((a, b) => (a.on === b.on ? a.order - b.order : a.on > b.on ? -1 : 1))
    .map(({ goal }) => goal);
  return { aspiration, ahead, reached };
}

export function planFacts(input: ComposeInput): PlanFacts | null {
  const [main, ...others] = input.aspirations;
  if (!main) return null;
  const { ahead, reached } = aspirationFacts(main, input.today);
  return {
    main,
    ahead,
    reached,
    others,
    otherFacts: others.map((other) => aspirationFacts(other, input.today)),
  };
}
