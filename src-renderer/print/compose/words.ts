/**
 * Small pieces of English for the composed paragraph and answer. Pure and deterministic: the same
 * plan always reads the same, on every machine (no locale, no time zone, no network).
 */
import { formatAmount } from '../../../src-main/shared/plan/amount';
import type { Goal } from '../../../src-main/contract';
import { monthYear } from '../../../src-main/shared/date-words';

export { monthYear };

/** "2027". */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** Whole clauses: "A", "A, and B", "A, B, and C" (the comma keeps two sentences' worth apart). */
export function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The title as it would sit inside a sentence: no closing full stop, first letter lowered unless it
 * starts an acronym or a name-like word ("MBA", "iOS" stay as written). */
export function inSentence(title: string): string {
  const trimmed = title.trim().replace(/[.!;:]+$/u, '');
  const [first = '', second = ''] = [...trimmed];
  if (/^I\b/u.test(trimmed)) return trimmed;
  if (second === '' || second !== second.toLowerCase() || first === first.toLowerCase()) {
    return trimmed;
  }
  return first.toLowerCase() + trimmed.slice(first.length);
}

/** Verbs a goal or an aspiration often starts with ("Become…", "Win…", "Lead…"). */
const VERBS = new Set(
  `achieve add advance apply attain attend be become boost build buy certify chair change close coach
   collaborate complete conduct contribute create cut deliver design develop direct do double earn
   enter establish exceed expand finish found gain get give go graduate grow have head help hire host
   improve increase interview join land launch lead learn make manage master mentor move negotiate
   obtain open organise organize own pass pitch prepare present publish qualify raise reach read
   recruit reduce release research review run save secure sell ship sign speak start study submit
   support switch take teach train transition travel triple visit volunteer win work write`.split(
    /\s+/,
  ),
);

/** Past participles that begin a goal phrased as a result ("Promoted to…", "Certified as…"). */
const IRREGULAR_PARTICIPLES = new Set(['won', 'made', 'chosen', 'given', 'known', 'seen', 'grown']);

export type PhraseKind = 'verb' | 'participle' | 'noun';

/** How a title reads: an action ("Win 50 pitches"), a result ("Promoted to…") or a thing. */
export function phraseKind(title: string): PhraseKind {
  const first = (title.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (VERBS.has(first)) return 'verb';
  if ((first.length > 4 && first.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(first)) {
    return 'participle';
  }
  return 'noun';
}

/** "to win 50 pitches", "to be promoted to art director", "to reach a senior role". */
export function toInfinitive(title: string): string {
  const text = inSentence(title);
  switch (phraseKind(title)) {
    case 'verb':
      return `to ${text}`;
    case 'participle':
      return `to be ${text}`;
    default:
      return `to reach ${text}`;
  }
}

/** "1 campaign launched", not "1 campaigns launched": the first word of a counted name, made singular. */
function singularFor(amount: number, name: string): string {
  if (amount !== 1) return name;
  return name.replace(/^(\p{L}+?)(?<!s)s\b/u, '$1');
}

/** The measured result of an achieved goal, e.g. "52 pitches won", or null if nothing was measured. */
export function measuredResult(
  goal: Pick<Goal, 'metricName' | 'metricUnit' | 'metricTarget' | 'metricCurrent'>,
): string | null {
  if (goal.metricCurrent === null || goal.metricTarget === null) return null;
  const amount = formatAmount(goal.metricCurrent);
  const name = singularFor(goal.metricCurrent, goal.metricName.trim());
  const unit = goal.metricUnit.trim();
  if (name) {
    const withUnit = unit && !name.toLowerCase().includes(unit.toLowerCase()) ? ` ${unit}` : '';
    return `${amount}${withUnit} ${name}`;
  }
  return unit ? `${amount} ${unit}` : null;
}

/** How long a text takes to say aloud at an unhurried interview pace (about 130 words a minute). */
export function spokenSeconds(words: number): number {
  return Math.round((words / 130) * 60);
}

export function countWordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
