/**
 * The one-page summary's choices, pure: which goals come first, and how many fit on the page.
 *
 * Goals ahead are ranked so every chosen aspiration is represented by its nearest goal (in the
 * person's order of aspirations), then by date; goals reached, latest first. What does not fit is
 * summarised as "and N more", so the summary is always exactly one page.
 */
import type { AspirationNode, GoalNode } from '../../../src-main/contract';

export interface RankedGoal {
  goal: GoalNode;
  aspiration: AspirationNode;
}

const byDue = (a: RankedGoal, b: RankedGoal) =>
  a.goal.dueDate === b.goal.dueDate ? 0 : a.goal.dueDate < b.goal.dueDate ? -1 : 1;

export function rankAhead(aspirations: readonly AspirationNode[]): RankedGoal[] {
  const open = aspirations.map((aspiration) =>
    aspiration.goals
      .filter((goal) => goal.status === 'planned' || goal.status === 'in_progress')
      .map((goal) => ({ goal, aspiration }))
      .sort(byDue),
  );
  const firsts = open.flatMap((goals) => goals.slice(0, 1));
  const rest = open.flatMap((goals) => goals.slice(1)).sort(byDue);
  return [...firsts, ...rest];
}

export function rankReached(aspirations: readonly AspirationNode[]): RankedGoal[] {
  const on = (ranked: RankedGoal) => ranked.goal.completedOn ?? ranked.goal.dueDate;
  return aspirations
    .flatMap((aspiration) =>
      aspiration.goals
        .filter((goal) => goal.status === 'done')
        .map((goal) => ({ goal, aspiration })),
    )
    .sort((a, b) => (on(a) === on(b) ? 0 : on(a) > on(b) ? -1 : 1));
}

export interface FitInput {
  /** The page's room. */
  room: number;
  /** Everything always printed: title, objective, headings, empty-list lines. */
  fixed: number;
  /** One "and N more" line. */
  more: number;
  /** Row heights, in rank order. */
  ahead: readonly number[];
  reached: readonly number[];
}

/** At least this many reached goals keep their place before more goals ahead are added. */
const RESERVED_REACHED = 3;

const sum = (heights: readonly number[], count: number) =>
  heights.slice(0, count).reduce((total, height) => total + height, 0);

/** How many goals of each list to print so the page is full but never overflows. */
export function fitSummary(input: FitInput): { ahead: number; reached: number } {
  const A = input.ahead.length;
  const R = input.reached.length;
  const total = (a: number, r: number) =>
    input.fixed +
    sum(input.ahead, a) +
    (a < A ? input.more : 0) +
    sum(input.reached, r) +
    (r < R ? input.more : 0);
  const fits = (a: number, r: number) => total(a, r) <= input.room;
  if (fits(A, R)) return { ahead: A, reached: R };

  for (let reserved = Math.min(R, RESERVED_REACHED); reserved >= 0; reserved--) {
    let a = A;
    while (a > 0 && !fits(a, reserved)) a--;
    if (!fits(a, reserved)) continue;
    let r = reserved;
    while (r < R && fits(a, r + 1)) r++;
    return { ahead: a, reached: r };
  }
  return { ahead: 0, reached: 0 };
}
