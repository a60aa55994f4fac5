import { z } from 'zod';
import {
  VALUES_ANSWERS,
  VALUES_QUESTION_KEYS,
  type ValuesAnswerValue,
  type ValuesQuestionKey,
} from '../shared/values/questions';
import { channel } from './define';
import type { AspirationStatus } from './plan';
import { calendarDate, id } from './schemas';

// ---------------------------------------------------------------------------------------------
// The records
// ---------------------------------------------------------------------------------------------

export interface ValuesAnswer {
  /** null while a draft leaves the question open. */
  answer: ValuesAnswerValue | null;
  note: string;
}

export type ValuesAnswers = Record<ValuesQuestionKey, ValuesAnswer>;

/** How well the answers fit, worked out by `fitScore` (src-main/shared/values/rules.ts). */
export interface FitScore {
  /** 0 to 100; null when nothing is answered yet. */
  percent: number | null;
  points: number;
  maxPoints: number;
  answered: number;
  /** In words, e.g. "Fit 75% (6 of 8 answered)". */
  label: string;
}

/**
 * One check of one aspiration: a dated snapshot of the eight answers and the two ratings. A draft
 * is a check not finished yet (at most one per aspiration); saving it makes it part of the history.
 */
export interface ValuesCheck {
  id: string;
  aspirationId: string;
  status: 'draft' | 'saved';
  /** The day of the check on the person's calendar. */
  checkedOn: string;
  answers: ValuesAnswers;
  /** 1 (not at all) to 5; null while a draft leaves it open. */
  excitement: number | null;
  fear: number | null;
  fit: FitScore;
  createdAt: string;
  updatedAt: string;
  savedAt: string | null;
  deletedAt: string | null;
}

export type Movement = 'better' | 'worse' | 'same' | 'unknown';

export interface QuestionDrift {
  key: ValuesQuestionKey;
  from: ValuesAnswerValue | null;
  to: ValuesAnswerValue | null;
  movement: Movement;
}

/** How a check moved since the check before it. */
export interface CheckDrift {
  previousId: string;
  previousOn: string;
  questions: QuestionDrift[];
  /** One sentence per answer that got worse, e.g. "Passion went from Yes to Partly." */
  worse: string[];
  better: number;
  worseCount: number;
  same: number;
  /** Change in fit, in percentage points; null when either check has no score. */
  fitChange: number | null;
  excitementChange: number | null;
  fearChange: number | null;
  /** One line, e.g. "Since 3 March 2026: 1 better, 2 worse, 5 the same." */
  summary: string;
}

export interface SavedCheck extends ValuesCheck {
  /** Against the check before it; null for the first check. */
  drift: CheckDrift | null;
  /** A sentence about the two ratings when they say something worth noticing. */
  signal: string | null;
}

export type ValuesAspiration = {
  id: string;
  title: string;
  status: AspirationStatus;
  retiredOn: string | null;
  retiredReason: string | null;
};

export interface ValuesScorecard {
  aspiration: ValuesAspiration;
  latest: SavedCheck | null;
  checkCount: number;
  /** The unfinished check, if one is waiting. */
  draft: { id: string; updatedAt: string; answered: number } | null;
  /** Days since the latest check, on the calendar. */
  daysSinceCheck: number | null;
}

export interface ValuesNudge {
  aspirationId: string;
  title: string;
  lastCheckedOn: string | null;
  daysSince: number;
  /** A gentle sentence, e.g. "It has been 120 days since you checked “…” against your values." */
  message: string;
}

export interface ValuesOverview {
  today: string;
  nudgeDays: number;
  /** Live aspirations in plan order: active and achieved first, retired (with checks) after. */
  scorecards: ValuesScorecard[];
  nudges: ValuesNudge[];
}

export interface ValuesHistory {
  aspiration: ValuesAspiration;
  /** Saved checks, oldest first, each with its drift from the one before. */
  checks: SavedCheck[];
}

export interface ValuesSettings {
  /** Nudge when an aspiration has gone this many days without a check. */
  nudgeDays: number;
}

// ---------------------------------------------------------------------------------------------
// Input schemas
// ---------------------------------------------------------------------------------------------

export const valuesAnswer = z.enum(VALUES_ANSWERS);
const note = z.string().max(4000, 'Keep a note under 4,000 characters.');
export const rating = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : 'Choose from 1 to 5.') })
  .int('Choose from 1 to 5.')
  .min(1, 'Choose from 1 to 5.')
  .max(5, 'Choose from 1 to 5.');

/** One schema per question key, so an unknown question is refused like an unknown field. */
function perQuestion<S extends z.ZodType>(schema: S) {
  const shape = {} as Record<ValuesQuestionKey, S>;
  for (const key of VALUES_QUESTION_KEYS) shape[key] = schema;
  return z.strictObject(shape);
}

const draftAnswers = perQuestion(
  z.strictObject({ answer: valuesAnswer.nullable().optional(), note: note.optional() }).optional(),
);

/** A finished check answers every question; a note stays optional. */
const answerRequired = 'Answer Yes, Partly or No.';
const finalAnswers = perQuestion(
  z.strictObject({
    answer: z.enum(VALUES_ANSWERS, {
      error: () => answerRequired,
    }),
    note: note.optional(),
  }),
);

export const saveDraftInput = z.strictObject({
  aspirationId: id,
  checkedOn: calendarDate.optional(),
  answers: draftAnswers.optional(),
  excitement: rating.nullable().optional(),
  fear: rating.nullable().optional(),
});

export const saveCheckInput = z.strictObject({
  aspirationId: id,
  checkedOn: calendarDate.optional(),
  answers: finalAnswers,
  excitement: rating,
  fear: rating,
});

export const nudgeDays = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : 'Use a whole number.') })
  .int('Use a whole number of days.')
  .min(1, 'Remind after at least 1 day.')
  .max(3650, 'Remind within 10 years (3,650 days).');

export type SaveDraftInput = z.input<typeof saveDraftInput>;
export type SaveCheckInput = z.input<typeof saveCheckInput>;

// ---------------------------------------------------------------------------------------------
// The channels
// ---------------------------------------------------------------------------------------------

export const valuesContract = {
  /** Every aspiration's latest scorecard, and the aspirations due a check. */
  'values:overview': channel(z.strictObject({}), {
    reads: ['values', 'plan'],
  }).returns<ValuesOverview>(),
  /** Every saved check of one aspiration, oldest first, with drift. Retired ones included. */
  'values:history': channel(z.strictObject({ aspirationId: id }), {
    reads: ['values'],
  }).returns<ValuesHistory>(),
  /** The unfinished check of an aspiration, if there is one. */
  'values:draft': channel(z.strictObject({ aspirationId: id }), {
    reads: ['values'],
  }).returns<ValuesCheck | null>(),
  /**
   * Starts the aspiration's draft or updates it: each question, rating or date given replaces what
   * the draft held; anything left out stays as it was.
   */
  'values:saveDraft': channel(saveDraftInput, { changes: ['values'] }).returns<ValuesCheck>(),
  /** Saves a finished check (the draft, if any, becomes it). */
  'values:saveCheck': channel(saveCheckInput, {
    changes: ['values', 'today'],
  }).returns<SavedCheck>(),
  /** Soft delete, for Undo: a saved check or a draft. */
  'values:deleteCheck': channel(z.strictObject({ id }), {
    changes: ['values', 'today'],
  }).returns<ValuesCheck>(),
  'values:restoreCheck': channel(z.strictObject({ id }), {
    changes: ['values', 'today'],
  }).returns<ValuesCheck>(),
  'values:settings': channel(z.strictObject({}), { reads: ['values'] }).returns<ValuesSettings>(),
  'values:updateSettings': channel(z.strictObject({ nudgeDays }), {
    changes: ['values', 'today'],
  }).returns<ValuesSettings>(),
  /**
   * Opens a new journal entry prefilled with the questions a saved check did not answer Yes, as
   * prompts. Returns the entry's id so the window can open `#/journal/<id>`.
   */
  'values:reflect': channel(z.strictObject({ checkId: id }), {
    changes: ['journal', 'search', 'today', 'links'],
  }).returns<{ entryId: string }>(),
};
