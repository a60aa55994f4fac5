/**
 * SMART completeness, letter by letter. Pure (no Node, no database): the window runs it on every
 * keystroke to coach, and the main process runs it for the plan tree and the export.
 */
import type { Goal, GoalSmartKey, SmartLetter, SmartReport } from '../../contract/plan';
import { dateInWords } from '../date-words';
import { amountOfTarget } from './amount';

/** What the check reads: a goal, or a form draft that may still lack a due date. */
export type SmartInput = Omit<Pick<Goal, 'title' | GoalSmartKey>, 'dueDate'> & {
  dueDate: string | null;
};

const filled = (value: string | null | undefined) => (value ?? '').trim() !== '';

/** Each letter, in the order the report lists them. */
const NAMES = {
  specific: ['S', 'Specific'],
  measurable: ['M', 'Measurable'],
  achievable: ['A', 'Achievable'],
  realistic: ['R', 'Realistic'],
  timeBound: ['T', 'Time-bound'],
} as const;

function letter(key: SmartLetter['key'], complete: boolean, reason: string): SmartLetter {
  const [initial, name] = NAMES[key];
  return { key, letter: initial, name, complete, reason };
}

type LetterKey = SmartLetter['key'];
type NeededKey = Exclude<
  keyof SmartInput,
  'title' | 'metricUnit' | 'metricTarget' | 'metricCurrent'
>;

/** The answers each letter needs, in order, with what it asks for while one is missing. */
const NEEDS: Record<LetterKey, readonly (readonly [NeededKey, string])[]> = {
  specific: [
    ['specificWhat', 'Say exactly what you will have done or become.'],
    ['specificWhy', 'Add why it matters to you: what you enjoy or bring to it.'],
  ],
  measurable: [['metricName', 'Name what you will count, for example “pitches won”.']],
  achievable: [
    ['obstacles', 'Be honest about what could get in the way.'],
    ['actionPlan', 'Plan how you will work around those obstacles.'],
  ],
  realistic: [
    ['realisticWhy', 'Explain why this timeline fits your life right now.'],
    ['letGo', 'Say what you will let go of to make room for it.'],
  ],
  timeBound: [
    ['dueDate', 'Choose a due date: a goal without a deadline is a wish.'],
    ['startDate', 'Choose when you will start.'],
  ],
};

/** Once a letter has every answer it needs: what else it asks for (`false`), or its praise. */
const ANSWERED: Record<LetterKey, (goal: SmartInput) => [complete: boolean, reason: string]> = {
  specific: () => [true, 'Says what exactly, and why it matters to you.'],
  measurable: (goal) => {
    if (goal.metricTarget === null) return [false, `Set a target for ${goal.metricName.trim()}.`];
    if (goal.metricCurrent === null) {
      return [false, 'Record where you stand today (the current value).'];
    }
    return [
      true,
      `${amountOfTarget(goal.metricCurrent, goal.metricTarget, goal.metricUnit)} so far.`,
    ];
  },
  achievable: () => [true, 'Names the obstacles and a plan around them.'],
  realistic: () => [true, 'The timeline is reasoned, and you know what you will drop.'],
  timeBound: (goal) => {
    const [start, due] = [dateInWords(goal.startDate as string), goal.dueDate as string];
    return (goal.startDate as string) > due
      ? [false, `It starts on ${start}, after it is due.`]
      : [true, `From ${start} to ${dateInWords(due)}.`];
  },
};

function check(key: LetterKey, goal: SmartInput): SmartLetter {
  const missing = NEEDS[key].find(([field]) => !filled(goal[field]));
  if (missing) return letter(key, false, missing[1]);
  return letter(key, ...ANSWERED[key](goal));
}

const LETTERS = Object.keys(NAMES) as LetterKey[];

export function smartReport(goal: SmartInput): SmartReport {
  const letters = LETTERS.map((key) => check(key, goal));
  const completeCount = letters.filter((l) => l.complete).length;
  return { letters, completeCount, complete: completeCount === letters.length };
}
