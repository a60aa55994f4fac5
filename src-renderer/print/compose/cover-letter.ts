/**
 * A short cover-letter paragraph built from the person's own plan: where they are heading, what they
 * have already reached (with measured results) and the next dated milestones. A template, not a
 * writer: the person is expected to make it theirs in the editor.
 */
import { planFacts, type AspirationFacts, type ComposeGoal, type ComposeInput } from './plan-facts';
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

/** "the product designer role at Acme", or null when no role is named. */
function targetPhrase(input: ComposeInput): string | null {
  const role = input.target?.role.trim() ?? '';
  const organisation = input.target?.organisation.trim() ?? '';
  if (!role && !organisation) return null;
  const at = organisation ? ` at ${organisation}` : '';
  return role ? `the ${inSentence(role)} role${at}` : `this role${at}`;
}

/** "There, my next milestone is to run a weekend class by June 2027.": one aspiration's own goals. */
export function otherAspirationSentence(facts: AspirationFacts, spoken: boolean): string {
  const [next] = facts.ahead;
  if (next) return `There, my next ${spoken ? 'step' : 'milestone'} is ${aheadClause(next)}.`;
  const [done] = facts.reached;
  return done ? `There, ${lowerFirst(reachedClause(done))}.` : '';
}

function lowerFirst(text: string): string {
  return text.startsWith('I ') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function composeCoverLetter(input: ComposeInput): string {
  const facts = planFacts(input);
  if (!facts) return '';
  const { main, others, ahead, reached } = facts;
  const sentences: string[] = [];
  const target = targetPhrase(input);
  if (target) {
    sentences.push(`I am applying for ${target} because it fits where my career is heading.`);
  }

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

  // Each other aspiration gets its own sentences, so no sentence mixes two aspirations' goals.
  for (const other of facts.otherFacts.slice(0, 2)) {
    sentences.push(`Alongside it, I am also working ${toInfinitive(other.aspiration.title)}.`);
    const there = otherAspirationSentence(other, false);
    if (there) sentences.push(there);
  }
  const more = others.length - 2;
  if (more > 0) {
    sentences.push(`I have ${more} more ${more === 1 ? 'aspiration' : 'aspirations'} in my plan.`);
  }

  const role = target ? `${target.charAt(0).toUpperCase()}${target.slice(1)}` : 'This role';
  sentences.push(
    ahead.length > 0 || reached.length > 0
      ? `${role} is the natural next step on that path, and I would bring the same focus and follow-through to it.`
      : `${role} would be a real step towards it, and I would give it my full commitment.`,
  );
  return sentences.join(' ');
}
