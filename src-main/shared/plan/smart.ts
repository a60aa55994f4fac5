/**
 * SMART completeness, letter by letter. Pure (no Node, no database): the window runs it on every
 * keystroke to coach, and the main process runs it for the plan tree and the export.
 */
import type { Goal, GoalSmartKey, SmartLetter, SmartReport } from '../../contract/plan';
import { dateInWords } from '../date-words';

/** What the check reads: a goal, or a form draft that may still lack a due date. */
export type SmartInput = Omit<Pick<Goal, 'title' | GoalSmartKey>, 'dueDate'> & {
  dueDate: string | null;
};

const filled = (value: string | null | undefined) => (value ?? '').trim() !== '';

// Made once: building a number format is far slower than using one, and the plan tree formats
// a few numbers per goal.
const AMOUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number as a person writes it: 12, 3.5, 1,200. */
export function formatAmount(value: number): string {
  // Small whole numbers (most targets and counts) read the same either way, and String() is
  // several times cheaper; -0 is left to the format, which writes it "-0".
  if (Number.isInteger(value) && value > -1000 && value < 1000 && !Object.is(value, -0)) {
    return String(value);
  }
  return AMOUNT.format(value);
}

function letter(key: SmartLetter['key'], complete: boolean, reason: string): SmartLetter {
  const names = {
    specific: ['S', 'Specific'],
    measurable: ['M', 'Measurable'],
    achievable: ['A', 'Achievable'],
    realistic: ['R', 'Realistic'],
    timeBound: ['T', 'Time-bound'],
  } as const;
  const [initial, name] = names[key];
  return { key, letter: initial, name, complete, reason };
}

function specific(goal: SmartInput): SmartLetter {
  if (!filled(goal.specificWhat))
    return letter('specific', false, 'Say exactly what you will have done or become.');
  if (!filled(goal.specificWhy))
    return letter('specific', false, 'Add why it matters to you: what you enjoy or bring to it.');
  return letter('specific', true, 'Says what exactly, and why it matters to you.');
}

function measurable(goal: SmartInput): SmartLetter {
  if (!filled(goal.metricName))
    return letter('measurable', false, 'Name what you will count, for example “pitches won”.');
  if (goal.metricTarget === null)
    return letter('measurable', false, `Set a target for ${goal.metricName.trim()}.`);
  if (goal.metricCurrent === null)
    return letter('measurable', false, 'Record where you stand today (the current value).');
  const unit = filled(goal.metricUnit) ? ` ${goal.metricUnit.trim()}` : '';
  return letter(
    'measurable',
    true,
    `${formatAmount(goal.metricCurrent)} of ${formatAmount(goal.metricTarget)}${unit} so far.`,
  );
}

function achievable(goal: SmartInput): SmartLetter {
  if (!filled(goal.obstacles))
    return letter('achievable', false, 'Be honest about what could get in the way.');
  if (!filled(goal.actionPlan))
    return letter('achievable', false, 'Plan how you will work around those obstacles.');
  return letter('achievable', true, 'Names the obstacles and a plan around them.');
}

function realistic(goal: SmartInput): SmartLetter {
  if (!filled(goal.realisticWhy))
    return letter('realistic', false, 'Explain why this timeline fits your life right now.');
  if (!filled(goal.letGo))
    return letter('realistic', false, 'Say what you will let go of to make room for it.');
  return letter('realistic', true, 'The timeline is reasoned, and you know what you will drop.');
}

function timeBound(goal: SmartInput): SmartLetter {
  if (!filled(goal.dueDate))
    return letter('timeBound', false, 'Choose a due date: a goal without a deadline is a wish.');
  if (!filled(goal.startDate)) return letter('timeBound', false, 'Choose when you will start.');
  if ((goal.startDate as string) > (goal.dueDate as string))
    return letter(
      'timeBound',
      false,
      `It starts on ${dateInWords(goal.startDate as string)}, after it is due.`,
    );
  return letter(
    'timeBound',
    true,
    `From ${dateInWords(goal.startDate as string)} to ${dateInWords(goal.dueDate as string)}.`,
  );
}

export function smartReport(goal: SmartInput): SmartReport {
  const letters = [
    specific(goal),
    measurable(goal),
    achievable(goal),
    realistic(goal),
    timeBound(goal),
  ];
  const completeCount = letters.filter((l) => l.complete).length;
  return { letters, completeCount, complete: completeCount === letters.length };
}
