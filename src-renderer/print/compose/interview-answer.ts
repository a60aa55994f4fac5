/**
 * A spoken-length answer to "Where do you see yourself in five years?", built from the person's own
 * plan: the aim, what is already reached, and the dated milestones inside those five years.
 * Contractions on purpose (with typographic apostrophes): it is meant to be said aloud.
 */
import { addMonths } from '../../../src-main/shared/calendar';
import { aheadClause, otherAspirationSentence, reachedClause } from './cover-letter';
import { planFacts, type ComposeInput } from './plan-facts';
import { joinClauses, joinList, toInfinitive, yearOf } from './words';

const MAX_AHEAD = 3;

export function composeInterviewAnswer(input: ComposeInput): string {
  const facts = planFacts(input);
  if (!facts) return '';
  const { main, ahead, reached } = facts;
  const fiveYears = addMonths(input.today, 60);
  const sentences: string[] = [];

  const aim = toInfinitive(main.title);
  if (main.horizonDate && main.horizonDate <= fiveYears) {
    sentences.push(
      `In five years, I want to have reached my long-term goal: ${aim}, which I’m aiming for by ${yearOf(main.horizonDate)}.`,
    );
  } else {
    const when = main.horizonDate ? ` by ${yearOf(main.horizonDate)}` : '';
    sentences.push(
      `In five years, I want to be well on the way to my long-term goal: ${aim}${when}.`,
    );
  }

  if (reached.length > 0) {
    const shown = reached.slice(0, 2).map(reachedClause);
    sentences.push(`I’ve already made a start: ${joinClauses(shown)}.`);
  }

  const within = ahead.filter((goal) => goal.dueDate <= fiveYears);
  const steps = (within.length > 0 ? within : ahead).slice(0, MAX_AHEAD);
  const [first, ...rest] = steps.map(aheadClause);
  if (first) {
    const later = rest.length > 0 ? ` After that, I plan ${joinList(rest)}.` : '';
    sentences.push(`I’ve broken the way there into concrete steps. The next is ${first}.${later}`);
    const more = ahead.length - steps.length;
    if (more > 0) {
      sentences.push(
        `I have ${more} more ${more === 1 ? 'milestone' : 'milestones'} mapped out beyond ${steps.length === 1 ? 'that' : 'those'}.`,
      );
    }
  } else if (reached.length === 0) {
    sentences.push(
      'I’m working out the concrete milestones that will get me there, each with a date I can hold myself to.',
    );
  }

  const [other] = facts.otherFacts;
  if (other) {
    sentences.push(`Alongside it, I’m also working ${toInfinitive(other.aspiration.title)}.`);
    const there = otherAspirationSentence(other, true);
    if (there) sentences.push(there);
  }

  sentences.push(
    'That’s why this role matters to me: it’s the right next step on that path, and a place where I can contribute from day one.',
  );
  return sentences.join(' ');
}
