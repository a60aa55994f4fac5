/**
 * An achievement, declared once: something a person got done, with its result and its number,
 * marked from a journal passage or made by a goal marked done.
 */
import { z } from 'zod';
import { calendarDate, id } from '../schemas';
import { defineRecord, STAMPS, type RecordOf } from './define';
import { metricNumber } from './goal';

export const ACHIEVEMENT_SOURCES = ['person', 'goal'] as const;
export type AchievementSource = (typeof ACHIEVEMENT_SOURCES)[number];

/** The most of an entry a passage keeps: a paragraph or two, not the whole journal. */
export const MAX_PASSAGE = 4000;

export const achievementResult = z
  .string()
  .trim()
  .min(1, 'Say in one line what the result was.')
  .max(300, 'Keep the result to one line, under 300 characters.')
  .refine((value) => !/[\r\n]/.test(value), 'Keep the result to one line.');

export const achievementPassage = z
  .string()
  .max(MAX_PASSAGE, 'Choose a shorter passage, under 4,000 characters.');

export const achievementUnit = z.string().trim().max(60, 'Keep the unit under 60 characters.');

export const happenedOn = z
  .string({ error: (issue) => (issue.input == null ? 'Give the date it happened.' : undefined) })
  .min(1, 'Give the date it happened.')
  .pipe(calendarDate);

/** The person's own résumé line; null keeps the line Waymark drafts. */
export const resumeLine = z
  .string()
  .trim()
  .max(400, 'Keep the résumé line under 400 characters.')
  .refine((value) => !/[\r\n]/.test(value), 'Keep the résumé line to one line.')
  .nullable();

export const ACHIEVEMENT = defineRecord({
  id: { column: 'id', schema: id },
  source: { column: 'source', schema: z.enum(ACHIEVEMENT_SOURCES) },
  /** The entry it was marked in; null for a goal's achievement or one written by hand. */
  entryId: { column: 'entry_id', schema: id.nullable(), edit: { initial: null } },
  /** The goal it serves (or, from the goal-done rule, the goal that was done). */
  goalId: { column: 'goal_id', schema: id.nullable(), edit: { initial: null } },
  /** The aspiration it serves; the goal's aspiration when a goal is given. */
  aspirationId: { column: 'aspiration_id', schema: id.nullable(), edit: { initial: null } },
  /** The selected passage (plain text); empty for the whole entry. */
  passage: { column: 'passage', schema: achievementPassage, edit: { initial: '' } },
  result: { column: 'result', schema: achievementResult, edit: { required: true } },
  metricValue: { column: 'metric_value', schema: metricNumber, edit: { initial: null } },
  metricUnit: { column: 'metric_unit', schema: achievementUnit, edit: { initial: '' } },
  happenedOn: { column: 'happened_on', schema: happenedOn, edit: { required: true } },
  resumeLine: { column: 'resume_line', schema: resumeLine, edit: { initial: null } },
  ...STAMPS,
});

export type Achievement = RecordOf<typeof ACHIEVEMENT.fields>;

export const createAchievementInput = ACHIEVEMENT.creates;
/** Where it came from is fixed once made; the rest is the person's to change. */
export const updateAchievementInput = z
  .strictObject({ id })
  .extend(ACHIEVEMENT.edits.omit({ entryId: true, passage: true }).shape);

export type CreateAchievementInput = z.input<typeof createAchievementInput>;
export type UpdateAchievementInput = z.input<typeof updateAchievementInput>;
