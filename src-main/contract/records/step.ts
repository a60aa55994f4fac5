/** A step, declared once: a to-do under a goal. */
import { z } from 'zod';
import { calendarDate, id } from '../schemas';
import { bit, defineRecord, ORDERED, type RecordOf } from './define';

export const stepText = z
  .string()
  .trim()
  .min(1, 'Write what the step is.')
  .max(500, 'Keep a step under 500 characters.');

export const STEP = defineRecord({
  id: { column: 'id', schema: id },
  goalId: { column: 'goal_id', schema: id },
  text: { column: 'text', schema: stepText, edit: { required: true } },
  dueDate: { column: 'due_date', schema: calendarDate.nullable(), edit: { initial: null } },
  done: { column: 'done', schema: z.boolean(), codec: bit, edit: { initial: false } },
  doneOn: { column: 'done_on', schema: calendarDate.nullable() },
  ...ORDERED,
});

export type GoalStep = RecordOf<typeof STEP.fields>;

export const createStepInput = STEP.creates.extend({ goalId: id });
export const updateStepInput = z.strictObject({ id }).extend(STEP.edits.shape);
