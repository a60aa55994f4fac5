import type { ValuesAnswers } from '../../src-main/contract/values';
import {
  VALUES_QUESTION_KEYS,
  type ValuesAnswerValue,
  type ValuesQuestionKey,
} from '../../src-main/shared/values/questions';

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
