/** The check form's state and its translation to the two save channels. Pure, so it is tested alone. */
import type { Input, ValuesAnswers, ValuesCheck } from '../../../src-main/contract';
import { localDate } from '../../../src-main/shared/calendar';
import {
  VALUES_QUESTION_KEYS,
  VALUES_QUESTIONS,
  type ValuesAnswerValue,
  type ValuesQuestion,
  type ValuesQuestionKey,
} from '../../../src-main/shared/values/questions';

export interface CheckFormState {
  checkedOn: string;
  answers: ValuesAnswers;
  excitement: number | null;
  fear: number | null;
}

export function blankAnswers(): ValuesAnswers {
  const answers = {} as ValuesAnswers;
  for (const key of VALUES_QUESTION_KEYS) answers[key] = { answer: null, note: '' };
  return answers;
}

/**
 * The form as the draft left it, or empty. A check is dated the day it is saved unless the person
 * chose another day: a draft still carrying the day it was started (the default) moves to today.
 */
export function initialState(draft: ValuesCheck | null, today: string): CheckFormState {
  if (!draft) return { checkedOn: today, answers: blankAnswers(), excitement: null, fear: null };
  const startedOn = localDate(new Date(draft.createdAt));
  return {
    checkedOn: draft.checkedOn === startedOn ? today : draft.checkedOn,
    answers: draft.answers,
    excitement: draft.excitement,
    fear: draft.fear,
  };
}

export function withAnswer(
  state: CheckFormState,
  key: ValuesQuestionKey,
  change: { answer?: ValuesAnswerValue; note?: string },
): CheckFormState {
  return { ...state, answers: { ...state.answers, [key]: { ...state.answers[key], ...change } } };
}

/** Every question and rating, as the draft should hold them now. */
export function draftInput(aspirationId: string, state: CheckFormState): Input<'values:saveDraft'> {
  return {
    aspirationId,
    checkedOn: state.checkedOn,
    answers: state.answers,
    excitement: state.excitement,
    fear: state.fear,
  };
}

export interface Missing {
  /** Where focus goes: a question key, `excitement` or `fear`. */
  field: ValuesQuestionKey | 'excitement' | 'fear';
  message: string;
}

/** What still stands between the form and a saved check, in the order the form asks it. */
export function missingParts(state: CheckFormState): Missing[] {
  const missing: Missing[] = VALUES_QUESTIONS.filter(
    (question: ValuesQuestion) => state.answers[question.key].answer === null,
  ).map((question) => ({ field: question.key, message: `Answer “${question.label}”.` }));
  if (state.excitement === null)
    missing.push({ field: 'excitement', message: 'Rate your excitement from 1 to 5.' });
  if (state.fear === null) missing.push({ field: 'fear', message: 'Rate your fear from 1 to 5.' });
  return missing;
}

/** The finished check, or null while something is missing. */
export function checkInput(
  aspirationId: string,
  state: CheckFormState,
): Input<'values:saveCheck'> | null {
  if (missingParts(state).length > 0 || state.excitement === null || state.fear === null)
    return null;
  const answers = {} as Input<'values:saveCheck'>['answers'];
  for (const key of VALUES_QUESTION_KEYS) {
    const { answer, note } = state.answers[key];
    answers[key] = { answer: answer as ValuesAnswerValue, note };
  }
  return {
    aspirationId,
    checkedOn: state.checkedOn,
    answers,
    excitement: state.excitement,
    fear: state.fear,
  };
}

export function answeredInForm(state: CheckFormState): number {
  return VALUES_QUESTION_KEYS.filter((key) => state.answers[key].answer !== null).length;
}

/** Everything Save check asks for: the eight answers and the two 1–5 ratings of question 8. */
export const REQUIRED_PARTS = VALUES_QUESTION_KEYS.length + 2;

/** How many of the required parts are done, counted as Save check counts them. */
export function requiredDone(state: CheckFormState): number {
  return (
    answeredInForm(state) + (state.excitement === null ? 0 : 1) + (state.fear === null ? 0 : 1)
  );
}
