/**
 * The values check's rules, pure so they are tested without a database: the fit score, the drift
 * between two checks, what the two ratings signal, and which aspirations are due a check.
 */
import type {
  CheckDrift,
  FitScore,
  Movement,
  QuestionDrift,
  ValuesAnswer,
  ValuesAnswers,
  ValuesNudge,
} from '../../contract/values';
import type { AspirationStatus } from '../../contract/plan';
import { daysBetween } from '../calendar';
import { dateInWords, daysInWords } from '../date-words';
import {
  ANSWER_WORDS,
  QUESTION_BY_KEY,
  VALUES_QUESTION_KEYS,
  type ValuesAnswerValue,
} from './questions';

/** Points per answer. */
export const ANSWER_POINTS: Record<ValuesAnswerValue, number> = { yes: 2, partly: 1, no: 0 };

export function emptyAnswers(): ValuesAnswers {
  const answers = {} as ValuesAnswers;
  for (const key of VALUES_QUESTION_KEYS) answers[key] = { answer: null, note: '' };
  return answers;
}

/** Fills in any question a stored document lacks (a question added after the check was made). */
export function completeAnswers(partial: Partial<Record<string, Partial<ValuesAnswer>>>) {
  const answers = emptyAnswers();
  for (const key of VALUES_QUESTION_KEYS) {
    const stored = partial[key];
    if (!stored) continue;
    const answer = stored.answer;
    answers[key] = {
      answer: answer === 'yes' || answer === 'partly' || answer === 'no' ? answer : null,
      note: typeof stored.note === 'string' ? stored.note : '',
    };
  }
  return answers;
}

export function answeredCount(answers: ValuesAnswers): number {
  return VALUES_QUESTION_KEYS.filter((key) => answers[key].answer !== null).length;
}

/**
 * The fit score: Yes is worth 2 points, Partly 1, No 0. The score is the points won out of the
 * points possible for the questions answered, as a whole percent (rounded to nearest); a question
 * left open counts neither for nor against, and with nothing answered there is no score.
 *
 * The excitement and fear ratings do not feed into it. Both are signals rather than marks: more
 * fear is not worse (a little fear says the aspiration will stretch you) and more excitement is
 * not better on its own. The person's judgement of that balance is the eighth question's answer,
 * which counts like the others; the ratings are shown beside the score, with `ratingsSignal`.
 */
export function fitScore(answers: ValuesAnswers): FitScore {
  let points = 0;
  let answered = 0;
  for (const key of VALUES_QUESTION_KEYS) {
    const answer = answers[key].answer;
    if (answer === null) continue;
    answered++;
    points += ANSWER_POINTS[answer];
  }
  const maxPoints = answered * 2;
  const total = VALUES_QUESTION_KEYS.length;
  if (answered === 0) {
    return { percent: null, points: 0, maxPoints: 0, answered, label: 'No answers yet' };
  }
  const percent = Math.round((points / maxPoints) * 100);
  const suffix = answered === total ? '' : ` (${answered} of ${total} answered)`;
  return { percent, points, maxPoints, answered, label: `Fit ${percent}%${suffix}` };
}

function movementOf(from: ValuesAnswerValue | null, to: ValuesAnswerValue | null): Movement {
  if (from === null || to === null) return 'unknown';
  const change = ANSWER_POINTS[to] - ANSWER_POINTS[from];
  return change > 0 ? 'better' : change < 0 ? 'worse' : 'same';
}

function plural(count: number, word: string): string {
  return `${count} ${word}`;
}

export interface ComparableCheck {
  id: string;
  checkedOn: string;
  answers: ValuesAnswers;
  excitement: number | null;
  fear: number | null;
}

/** How `current` moved since `previous`, question by question, with the worse ones in words. */
export function driftBetween(previous: ComparableCheck, current: ComparableCheck): CheckDrift {
  const questions: QuestionDrift[] = VALUES_QUESTION_KEYS.map((key) => {
    const from = previous.answers[key].answer;
    const to = current.answers[key].answer;
    return { key, from, to, movement: movementOf(from, to) };
  });
  const count = (movement: Movement) => questions.filter((q) => q.movement === movement).length;
  const worse = questions
    .filter((q) => q.movement === 'worse')
    .map(
      (q) =>
        `${QUESTION_BY_KEY[q.key].label} went from ${ANSWER_WORDS[q.from as ValuesAnswerValue]} to ${ANSWER_WORDS[q.to as ValuesAnswerValue]}.`,
    );
  const before = fitScore(previous.answers).percent;
  const after = fitScore(current.answers).percent;
  const difference = (a: number | null, b: number | null) =>
    a === null || b === null ? null : b - a;
  const better = count('better');
  const worseCount = count('worse');
  const same = count('same');
  const unknown = count('unknown');
  const parts = [plural(better, 'better'), plural(worseCount, 'worse'), plural(same, 'the same')];
  if (unknown > 0) parts.push(plural(unknown, 'not comparable'));
  return {
    previousId: previous.id,
    previousOn: previous.checkedOn,
    questions,
    worse,
    better,
    worseCount,
    same,
    fitChange: difference(before, after),
    excitementChange: difference(previous.excitement, current.excitement),
    fearChange: difference(previous.fear, current.fear),
    summary: `Since ${dateInWords(previous.checkedOn)}: ${parts.join(', ')}.`,
  };
}

/**
 * What the two 1–5 ratings say together, when it is worth a sentence. Fear alone is never a
 * problem; fear with little excitement, or no excitement at all, is worth a look.
 */
export function ratingsSignal(excitement: number | null, fear: number | null): string | null {
  if (excitement === null || fear === null) return null;
  if (excitement <= 2 && fear >= 4) {
    return 'It scares you much more than it excites you right now: worth asking whether it is still yours.';
  }
  if (excitement <= 2) return 'It does not excite you much right now: is it still what you want?';
  if (fear > excitement) return 'It scares you more than it excites you.';
  if (fear === 1 && excitement >= 4) {
    return 'Nothing about it scares you: make sure it will still stretch you.';
  }
  return null;
}

export interface NudgeCandidate {
  id: string;
  title: string;
  status: AspirationStatus;
  /** The day the aspiration was written down, on the person's calendar. */
  createdOn: string;
  /** The day of its latest saved check, if any. */
  lastCheckedOn: string | null;
}

/**
 * Active aspirations that have gone `days` calendar days or more without a check (counted from the
 * latest check, or from the day the aspiration was written down if it was never checked), longest
 * waiting first. Achieved and retired aspirations are never nudged.
 */
export function dueForCheck(
  candidates: NudgeCandidate[],
  today: string,
  days: number,
): ValuesNudge[] {
  const nudges: ValuesNudge[] = [];
  for (const candidate of candidates) {
    if (candidate.status !== 'active') continue;
    const since = candidate.lastCheckedOn ?? candidate.createdOn;
    const daysSince = daysBetween(since, today);
    if (daysSince < days) continue;
    const message = candidate.lastCheckedOn
      ? `It has been ${daysInWords(daysSince)} since you last checked “${candidate.title}” against your values (${dateInWords(candidate.lastCheckedOn)}).`
      : `You set “${candidate.title}” ${daysInWords(daysSince)} ago and have not checked it against your values yet.`;
    nudges.push({
      aspirationId: candidate.id,
      title: candidate.title,
      lastCheckedOn: candidate.lastCheckedOn,
      daysSince,
      message,
    });
  }
  return nudges.sort((a, b) => b.daysSince - a.daysSince);
}
