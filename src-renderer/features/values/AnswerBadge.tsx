import type { Movement } from '../../../src-main/contract';
import { ANSWER_WORDS, type ValuesAnswerValue } from '../../../src-main/shared/values/questions';
import { ANSWER_SYMBOL, MOVEMENT_SYMBOL, MOVEMENT_WORDS } from './words';

/** An answer as symbol and word; "Not answered" when open. */
export function AnswerBadge({ answer }: { answer: ValuesAnswerValue | null }) {
  if (answer === null) return <span className="answer answer-none">Not answered</span>;
  return (
    <span className={`answer answer-${answer}`}>
      <span aria-hidden="true">{ANSWER_SYMBOL[answer]}</span> {ANSWER_WORDS[answer]}
    </span>
  );
}

/** How an answer moved since the check before, as symbol and word. */
export function MovementTag({ movement }: { movement: Movement }) {
  return (
    <span className={`movement movement-${movement}`}>
      <span aria-hidden="true">{MOVEMENT_SYMBOL[movement]}</span> {MOVEMENT_WORDS[movement]}
    </span>
  );
}
