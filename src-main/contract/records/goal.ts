/** A goal, declared once: a concrete, time-bound milestone towards one aspiration. */
import { z } from 'zod';
import { calendarDate, id } from '../schemas';
import {
  defineRecord,
  type KeysWith,
  type RecordOf,
  type SmartLetterKey,
  type SnapshotOf,
} from './define';

export const GOAL_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const DUE_DATE_REQUIRED = 'A goal needs a due date: choose the day you mean to reach it by.';

export const text = (max: number) => z.string().max(max);
export const title = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what} a title.`)
    .max(200, 'Keep the title under 200 characters.');

export const goalTitle = title('goal');

/** Required, and refused in words when it is missing or empty. */
export const goalDueDate = z
  .string({ error: (issue) => (issue.input == null ? DUE_DATE_REQUIRED : undefined) })
  .min(1, DUE_DATE_REQUIRED)
  .pipe(calendarDate);

export const metricNumber = z
  .number({
    error: (issue) =>
      issue.input === undefined ? undefined : 'Use a number, for example 12 or 3.5.',
  })
  .nullable();

export const goalStatus = z.enum(GOAL_STATUSES);

/** A SMART answer in the person's words: edited, searched, versioned, read by one letter. */
const answer = <const C extends string, const L extends SmartLetterKey>(
  column: C,
  smart: L,
  label: string,
  [style, max]: ['long' | 'short', number] = ['long', 4000],
) =>
  ({
    column,
    schema: text(max),
    edit: { initial: '' },
    smart,
    search: true,
    history: { label, style },
  }) as const;

/**
 * Every field of a goal, in form order. A new SMART answer is one `answer(...)` line here plus the
 * migration that adds its column.
 */
export const GOAL = defineRecord({
  id: { column: 'id', schema: id },
  /** Recorded in History (a pivot moves goals) but never restored. */
  aspirationId: {
    column: 'aspiration_id',
    schema: id,
    history: { label: 'Aspiration', style: 'reference' },
  },
  title: {
    column: 'title',
    schema: goalTitle,
    edit: { required: true },
    history: { label: 'Title', style: 'short' },
  },
  /** Specific: what exactly. */
  specificWhat: answer('specific_what', 'specific', 'Specific (what exactly)'),
  /** Specific: why it matters to the person. */
  specificWhy: answer('specific_why', 'specific', 'Specific (why it matters)'),
  /** Measurable: e.g. "pitches won". */
  metricName: answer('metric_name', 'measurable', 'Metric', ['short', 200]),
  /** Measurable: e.g. "pitches". */
  metricUnit: {
    column: 'metric_unit',
    schema: text(60),
    edit: { initial: '' },
    smart: 'measurable',
    history: { label: 'Unit', style: 'short' },
  },
  metricTarget: {
    column: 'metric_target',
    schema: metricNumber.refine(
      (value) => value === null || value > 0,
      'The target should be more than zero.',
    ),
    edit: { initial: null },
    smart: 'measurable',
    history: { label: 'Target', style: 'number' },
  },
  metricCurrent: {
    column: 'metric_current',
    schema: metricNumber,
    edit: { initial: null },
    smart: 'measurable',
    history: { label: 'Current value', style: 'number' },
  },
  /** Achievable: the obstacles the person honestly expects. */
  obstacles: answer('obstacles', 'achievable', 'Obstacles'),
  /** Achievable: the plan around those obstacles. */
  actionPlan: answer('action_plan', 'achievable', 'Action plan'),
  /** Realistic: why the timeline is within reach. */
  realisticWhy: answer('realistic_why', 'realistic', 'Realistic (why it is within reach)'),
  /** Realistic: what the person will let go of. */
  letGo: answer('let_go', 'realistic', 'What to let go of'),
  startDate: {
    column: 'start_date',
    schema: calendarDate.nullable(),
    edit: { initial: null },
    smart: 'timeBound',
    history: { label: 'Start date', style: 'date' },
  },
  dueDate: {
    column: 'due_date',
    schema: goalDueDate,
    edit: { required: true },
    smart: 'timeBound',
    history: { label: 'Due date', style: 'date' },
  },
  status: {
    column: 'status',
    schema: goalStatus,
    edit: { initial: 'planned' },
    history: { label: 'Status', style: 'status' },
  },
  completedOn: {
    column: 'completed_on',
    schema: calendarDate.nullable(),
    edit: { initial: null },
    history: { label: 'Completed on', style: 'date' },
  },
  position: { column: 'position', schema: z.number() },
  createdAt: { column: 'created_at', schema: z.string() },
  updatedAt: { column: 'updated_at', schema: z.string() },
  deletedAt: { column: 'deleted_at', schema: z.string().nullable() },
});

type GoalFields = typeof GOAL.fields;

export type Goal = RecordOf<GoalFields>;
/** The versioned state of a goal. `aspirationId` is recorded (a pivot moves goals) but never restored. */
export type GoalSnapshot = SnapshotOf<GoalFields>;
/** The fields a person edits in the SMART form. */
export type GoalEditKey = (typeof GOAL.editKeys)[number];
/** The SMART answers in the person's words (searched, and written out by every template). */
export type GoalAnswerKey = (typeof GOAL.searchKeys)[number];
/** The fields the SMART check reads. */
export type GoalSmartKey = KeysWith<GoalFields, { smart: SmartLetterKey }>;

export const createGoalInput = z.strictObject({ aspirationId: id }).extend(GOAL.creates.shape);
export const updateGoalInput = z.strictObject({ id }).extend(GOAL.edits.shape);

export type CreateGoalInput = z.input<typeof createGoalInput>;
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
