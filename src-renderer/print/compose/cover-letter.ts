/**
 * A short cover-letter paragraph built from the person's own plan: where they are heading, what they
 * have already reached (with measured results) and the next dated milestones. A template, not a
 * writer: the person is expected to make it theirs in the editor.
 */
import { planFacts, type ComposeGoal, type ComposeInput } from './plan-facts';
import {
  inSentence,
  joinClauses,
  joinList,
  measuredResult,
  monthYear,
  phraseKind,
  toInfinitive,
  yearOf,
} from './words';

const MAX_REACHED = 2;
const MAX_AHEAD = 3;

/** "I set out to win 50 pitches and got there in March 2026 (52 pitches won)". */
export function reachedClause(goal: ComposeGoal): string {
  const when = monthYear(goal.completedOn ?? goal.dueDate);
  const result = measuredResult(goal);
  const measured = result ? ` (${result})` : '';
  const title = inSentence(goal.title);
  switch (phraseKind(goal.title)) {
    case 'verb':
      return `I set out to ${title} and got there in ${when}${measured}`;
    case 'participle':
      return `I was ${title} in ${when}${measured}`;
    default:
      return `I reached ${title} in ${when}${measured}`;
  }
}

/** "to lead a pitch team by June 2027". */
export function aheadClause(goal: ComposeGoal): string {
  return `${toInfinitive(goal.title)} by ${monthYear(goal.dueDate)}`;
}

export function composeCoverLetter(input: ComposeInput): string {
  const facts = planFacts(input);
  if (!facts) return '';
  const { main, others, ahead, reached } = facts;
  const sentences: string[] = [];

  const horizon = main.horizonDate ? ` by ${yearOf(main.horizonDate)}` : '';
  sentences.push(`My long-term aim is ${toInfinitive(main.title)}${horizon}.`);

  if (reached.length > 0) {
    const shown = reached.slice(0, MAX_REACHED).map(reachedClause);
    const more = reached.length - shown.length;
    const tail = more > 0 ? `, one of ${reached.length} milestones I have reached so far` : '';
    sentences.push(`Along the way, ${joinClauses(shown)}${tail}.`);
  }

  if (ahead.length > 0) {
    const shown = ahead.slice(0, MAX_AHEAD).map(aheadClause);
    const more = ahead.length - shown.length;
    const lead = ahead.length === 1 ? 'My next milestone is' : 'My next milestones are';
    const tail =
      more > 0 ? `, and ${more} more after ${shown.length === 1 ? 'that' : 'those'}` : '';
    sentences.push(`${lead} ${joinList(shown)}${tail}.`);
  } else if (reached.length === 0) {
    sentences.push('I am now turning that aim into concrete milestones, each with a date.');
  }

  if (others.length > 0) {
    const shown = others.slice(0, 2).map((aspiration) => toInfinitive(aspiration.title));
    sentences.push(`Alongside it, I am also working ${joinList(shown)}.`);
  }

  sentences.push(
    ahead.length > 0 || reached.length > 0
      ? 'This role is the natural next step on that path, and I would bring the same focus and follow-through to it.'
      : 'This role would be a real step towards it, and I would give it my full commitment.',
  );
  return sentences.join(' ');
}
