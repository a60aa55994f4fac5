import type { ValuesAnswers } from '../../src-main/contract/values';
import type { Db } from '../../src-main/db/open';
import {
  VALUES_QUESTION_KEYS,
  type ValuesAnswerValue,
  type ValuesQuestionKey,
} from '../../src-main/shared/values/questions';
import { saveCheck } from '../../src-main/values/checks';

/**
 * The question keys in the order the evaluation list asks them, as the database stores them.
 * Written out here, not imported, so that renaming or reordering a stored key fails the tests.
 */
export const STORED_QUESTION_KEYS =
  'independence confidence passion honesty realism goalsApart growth excitementFear'.split(' ');

type Overrides = Partial<Record<ValuesQuestionKey, ValuesAnswerValue | null>>;

/** Every question answered `fallback` unless overridden; notes empty unless given. */
export function answersOf(
  overrides: Overrides = {},
  fallback: ValuesAnswerValue | null = 'yes',
  notes: Partial<Record<ValuesQuestionKey, string>> = {},
): ValuesAnswers {
  const answers = {} as ValuesAnswers;
  for (const key of VALUES_QUESTION_KEYS) {
    answers[key] = {
      answer: key in overrides ? (overrides[key] ?? null) : fallback,
      note: notes[key] ?? '',
    };
  }
  return answers;
}

/** The same answers as `saveCheck` takes them (every answer given). */
export function finalAnswers(
  overrides: Overrides = {},
  notes: Partial<Record<ValuesQuestionKey, string>> = {},
) {
  const answers = answersOf(overrides, 'yes', notes);
  const input = {} as Record<ValuesQuestionKey, { answer: ValuesAnswerValue; note: string }>;
  for (const key of VALUES_QUESTION_KEYS) {
    input[key] = { answer: answers[key].answer as ValuesAnswerValue, note: answers[key].note };
  }
  return input;
}

/**
 * Saves a finished check on the aspiration at `now`: every answer Yes unless `answers` overrides
 * it (notes from `notes`), excitement 4 and fear 2 unless given.
 */
export function saveFinishedCheck(
  db: Db,
  aspirationId: string,
  now: Date,
  options: {
    answers?: Overrides;
    notes?: Partial<Record<ValuesQuestionKey, string>>;
    excitement?: number;
    fear?: number;
  } = {},
) {
  const { answers, notes, excitement = 4, fear = 2 } = options;
  return saveCheck(
    db,
    { aspirationId, answers: finalAnswers(answers, notes), excitement, fear },
    now,
  );
}
