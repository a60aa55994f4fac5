/** A goal, declared once: a concrete, time-bound milestone towards one aspiration. */
import { z } from 'zod';
import { calendarDate, id } from '../schemas';
import {
  defineRecord,
  edited,
  ORDERED,
  versioned,
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
) => ({ ...edited(column, text(max), '', [label, style], smart), search: true }) as const;

const metricTarget = metricNumber.refine(
  (value) => value === null || value > 0,
  'The target should be more than zero.',
);

/**
 * Every field of a goal, in form order. A new SMART answer is one `answer(...)` line here plus the
 * migration that adds its column.
 */
export const GOAL = defineRecord({
  id: { column: 'id', schema: id },
  /** Recorded in History (a pivot moves goals) but never restored. */
  aspirationId: versioned('aspiration_id', id, ['Aspiration', 'reference']),
  title: { ...versioned('title', goalTitle, ['Title', 'short']), edit: { required: true } },
  /** Specific: what exactly. */
  specificWhat: answer('specific_what', 'specific', 'Specific (what exactly)'),
  /** Specific: why it matters to the person. */
  specificWhy: answer('specific_why', 'specific', 'Specific (why it matters)'),
  /** Measurable: e.g. "pitches won". */
  metricName: answer('metric_name', 'measurable', 'Metric', ['short', 200]),
  /** Measurable: e.g. "pitches". */
  metricUnit: edited('metric_unit', text(60), '', ['Unit', 'short'], 'measurable'),
  metricTarget: edited('metric_target', metricTarget, null, ['Target', 'number'], 'measurable'),
  metricCurrent: edited(
    'metric_current',
    metricNumber,
    null,
    ['Current value', 'number'],
    'measurable',
  ),
  /** Achievable: the obstacles the person honestly expects. */
  obstacles: answer('obstacles', 'achievable', 'Obstacles'),
  /** Achievable: the plan around those obstacles. */
  actionPlan: answer('action_plan', 'achievable', 'Action plan'),
  /** Realistic: why the timeline is within reach. */
  realisticWhy: answer('realistic_why', 'realistic', 'Realistic (why it is within reach)'),
  /** Realistic: what the person will let go of. */
  letGo: answer('let_go', 'realistic', 'What to let go of'),
  startDate: edited(
    'start_date',
    calendarDate.nullable(),
    null,
    ['Start date', 'date'],
    'timeBound',
  ),
  dueDate: {
    ...versioned('due_date', goalDueDate, ['Due date', 'date']),
    edit: { required: true },
    smart: 'timeBound',
  },
  status: edited('status', goalStatus, 'planned', ['Status', 'status']),
  completedOn: edited('completed_on', calendarDate.nullable(), null, ['Completed on', 'date']),
  ...ORDERED,
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
