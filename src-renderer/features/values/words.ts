import type { Movement } from '../../../src-main/contract';
import { dateInWords } from '../../../src-main/shared/date-words';
import type { ValuesAnswerValue } from '../../../src-main/shared/values/questions';

export { dateInWords };

/** A symbol beside each answer's word, so the answer never rests on colour alone. */
export const ANSWER_SYMBOL: Record<ValuesAnswerValue, string> = { yes: '✓', partly: '◐', no: '✕' };

export const MOVEMENT_WORDS: Record<Movement, string> = {
  better: 'better',
  worse: 'worse',
  same: 'same',
  unknown: 'not comparable',
};

export const MOVEMENT_SYMBOL: Record<Movement, string> = {
  better: '▲',
  worse: '▼',
  same: '=',
  unknown: '·',
};

/** "+3", "−2", "±0" for a change in points. */
export function signed(change: number): string {
  if (change === 0) return '±0';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** "today", "yesterday", "12 days ago". */
export function agoInWords(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
