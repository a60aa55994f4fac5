/**
 * Which aspirations a cover letter for a given role should speak of: the ones whose words meet the
 * role's and the organisation's words (title, statement, goal titles). Plain word overlap, on
 * purpose: predictable, explainable, and nothing leaves the machine.
 */
import type { ComposeAspiration } from './plan-facts';

export interface TargetRole {
  role: string;
  organisation: string;
}

/** Words too common to say anything about fit. */
const COMMON = new Set(
  `a an and as at be by for from in into of on or the to with my our your their is are am i me we
   role job position team company senior junior lead head new more most work working become get
   make take year years next`.split(/\s+/),
);

/** A word's plain form, so "designer" meets "design" and "pitches" meets "pitch". */
function stem(word: string): string {
  for (const ending of ['ing', 'ers', 'er', 'es', 's']) {
    if (word.length > ending.length + 3 && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

export function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length > 1 && !COMMON.has(word)).map(stem));
}

function aspirationWords(aspiration: ComposeAspiration): Set<string> {
  return wordsOf(
    [
      aspiration.title,
      aspiration.statementText ?? '',
      ...aspiration.goals.map((goal) => goal.title),
    ].join(' '),
  );
}

/** How many of the target's words the aspiration shares. */
export function fitScore(aspiration: ComposeAspiration, target: TargetRole): number {
  const wanted = wordsOf(`${target.role} ${target.organisation}`);
  const own = aspirationWords(aspiration);
  let score = 0;
  for (const word of wanted) if (own.has(word)) score += 1;
  return score;
}

/**
 * The aspirations that fit the target, best first (ties keep the person's order). With no target,
 * or when none shares a word with it, every aspiration in the person's order: better a letter about
 * the real plan than an empty one.
 */
export function aspirationsForRole<A extends ComposeAspiration>(
  aspirations: readonly A[],
  target: TargetRole | null,
): A[] {
  if (!target || wordsOf(`${target.role} ${target.organisation}`).size === 0) {
    return [...aspirations];
  }
  const scored = aspirations.map((aspiration, order) => ({
    aspiration,
    order,
    score: fitScore(aspiration, target),
  }));
  if (scored.every((entry) => entry.score === 0)) return [...aspirations];
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.aspiration);
}
