/**
 * The résumé line: one sentence that starts with an action verb and states the result with its
 * number. Drafted by fixed rules from what the person wrote (nothing leaves the machine), and
 * coached the way the SMART form coaches a goal. Pure: the window runs it on every keystroke.
 */
import { formatAmount } from '../plan/amount';
import { amountWithUnit } from '../plan/amount';
import { isActionVerb, pastOf, WEAK_OPENERS } from './verbs';

export { amountWithUnit };

/** What a line is drafted from. */
export interface ResumeLineInput {
  /** The one-line result in the person's words, e.g. "More demos booked with the new script". */
  result: string;
  metricValue: number | null;
  metricUnit: string;
  /** Used when the result is empty: the goal it served, else the aspiration. */
  goalTitle?: string | null;
  aspirationTitle?: string | null;
}

/** The longest line the coach calls short enough. */
export const RESUME_LINE_MAX_WORDS = 25;

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** Keeps the case of a word that is a name or an acronym (NPS, iOS), lowers any other. */
function lowerFirst(text: string): string {
  const first = words(text)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /^[a-z]+[A-Z]/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The rules, in order:
 * 1. The result (else the goal's title, else the aspiration's), trimmed, without end punctuation.
 * 2. A leading "I" or "We" (with "have"/"had") is dropped: a résumé line has no subject.
 * 3. A first word that is already an action verb in the past stays; a known verb's plain form is
 *    put in the past ("Win 50 pitches" → "Won 50 pitches"); a weak opener ("Helped") stays for the
 *    coach to point out; anything else is led by "Achieved".
 * 4. A number not already in the text is added: a percentage as "by 32%", any other amount after a
 *    dash ("— 52 pitches").
 * 5. It ends with a full stop.
 */
export function draftResumeLine(input: ResumeLineInput): string {
  const source =
    [input.result, input.goalTitle ?? '', input.aspirationTitle ?? ''].find(
      (text) => text.trim() !== '',
    ) ?? '';
  let text = source
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!;:,\s]+$/, '');
  if (text === '') return '';
  text = text.replace(/^(i|we)('ve| have| had)?\s+/i, '');
  const [first = '', ...rest] = words(text);
  const past = pastOf(first);
  if (past) text = [past, ...rest].join(' ');
  // A weak opener ("Helped…") is the person's choice: kept, and the coach says so.
  else if (!isActionVerb(first) && !WEAK_OPENERS.has(first.toLowerCase())) {
    text = `Achieved ${lowerFirst(text)}`;
  }
  text = upperFirst(text);
  if (input.metricValue !== null && Number.isFinite(input.metricValue)) {
    const number = formatAmount(input.metricValue);
    const hasNumber = new RegExp(`(^|[^\\d.,])${number.replace(/[.,]/g, '\\$&')}(?![\\d])`).test(
      text,
    );
    if (!hasNumber) {
      const amount = amountWithUnit(input.metricValue, input.metricUnit);
      text = amount.endsWith('%') ? `${text} by ${amount}` : `${text} — ${amount}`;
    }
  }
  return `${text}.`;
}

export type CoachKey = 'verb' | 'number' | 'outcome' | 'length';

export interface CoachHint {
  key: CoachKey;
  /** What the check looks for, as a short label. */
  label: string;
  ok: boolean;
  /** What to do when it is not met; what it found when it is. */
  hint: string;
}

// Words that say something changed, or by how much: the line reports an outcome, not a duty.
const OUTCOME =
  /\b(by|to|from|over|resulting|so that|which|saving|reaching|more|less|fewer|faster|higher|lower|first|award|record|\w+er than)\b|%|\d/i;

/** The four checks, in reading order; each is met or says how to meet it. */
export function coachResumeLine(line: string): CoachHint[] {
  const all = words(line.trim());
  const first = (all[0] ?? '').replace(/[^\p{L}-]/gu, '');
  const verbOk = first !== '' && isActionVerb(first);
  // A year ("the 2025 launch") is a date, not a result a reader can weigh.
  const withoutYears = line.replace(/\b(19|20)\d{2}\b/g, '');
  const hasNumber = /\d/.test(withoutYears);
  const outcomeOk = all.length >= 4 && OUTCOME.test(withoutYears);
  const lengthOk = all.length > 0 && all.length <= RESUME_LINE_MAX_WORDS;
  return [
    {
      key: 'verb',
      label: 'Starts with an action verb',
      ok: verbOk,
      hint: verbOk
        ? `Starts with “${first}”.`
        : WEAK_OPENERS.has(first.toLowerCase())
          ? `“${first}” describes a duty. Start with what you did: Led, Built, Won, Cut…`
          : 'Start with what you did, in the past tense: Led, Built, Won, Cut…',
    },
    {
      key: 'number',
      label: 'Has a number',
      ok: hasNumber,
      hint: hasNumber
        ? 'Has a number a reader can weigh.'
        : 'Add a number: how many, how much, how fast, or by what percentage.',
    },
    {
      key: 'outcome',
      label: 'Says the outcome',
      ok: outcomeOk,
      hint: outcomeOk
        ? 'Says what changed because of it.'
        : 'Say what changed because of it: the result, not only the task.',
    },
    {
      key: 'length',
      label: `Under ${RESUME_LINE_MAX_WORDS} words`,
      ok: lengthOk,
      hint:
        all.length === 0
          ? 'Write the line first.'
          : lengthOk
            ? `${all.length} ${all.length === 1 ? 'word' : 'words'}.`
            : `${all.length} words: cut it to ${RESUME_LINE_MAX_WORDS} or fewer.`,
    },
  ];
}

/** The line a person sees: their own wording when they have written one, else the draft. */
export function resumeLineOf(achievement: ResumeLineInput & { resumeLine: string | null }): string {
  return achievement.resumeLine?.trim()
    ? achievement.resumeLine.trim()
    : draftResumeLine(achievement);
}
