import { z } from 'zod';
import { channel } from './define';
import { calendarDate, id, richTextDoc, type RichTextNode } from './schemas';

// ---------------------------------------------------------------------------------------------
// The records
// ---------------------------------------------------------------------------------------------

export const ASPIRATION_STATUSES = ['active', 'achieved', 'retired'] as const;
export type AspirationStatus = (typeof ASPIRATION_STATUSES)[number];

export const GOAL_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A long-term end point, e.g. "become an award-winning creative director". */
export interface Aspiration {
  id: string;
  title: string;
  statement: RichTextNode;
  /** The statement's plain text (search, export, previews). */
  statementText: string;
  /** The target date, if the person set one. */
  horizonDate: string | null;
  status: AspirationStatus;
  achievedOn: string | null;
  retiredOn: string | null;
  /** Why it was retired or pivoted, in the person's words. */
  retiredReason: string | null;
  /** The aspiration that replaced this one in a pivot. */
  replacedBy: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A concrete, time-bound milestone towards one aspiration, with the SMART fields. */
export interface Goal {
  id: string;
  aspirationId: string;
  title: string;
  /** Specific: what exactly. */
  specificWhat: string;
  /** Specific: why it matters to the person. */
  specificWhy: string;
  /** Measurable: e.g. "pitches won". */
  metricName: string;
  /** Measurable: e.g. "pitches". */
  metricUnit: string;
  metricTarget: number | null;
  metricCurrent: number | null;
  /** Achievable: the obstacles the person honestly expects. */
  obstacles: string;
  /** Achievable: the plan around those obstacles. */
  actionPlan: string;
  /** Realistic: why the timeline is within reach. */
  realisticWhy: string;
  /** Realistic: what the person will let go of. */
  letGo: string;
  startDate: string | null;
  dueDate: string;
  status: GoalStatus;
  completedOn: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A to-do under a goal. */
export interface GoalStep {
  id: string;
  goalId: string;
  text: string;
  dueDate: string | null;
  done: boolean;
  doneOn: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

// ---------------------------------------------------------------------------------------------
// What the plan works out from the records
// ---------------------------------------------------------------------------------------------

export type SmartLetterKey = 'specific' | 'measurable' | 'achievable' | 'realistic' | 'timeBound';

export interface SmartLetter {
  key: SmartLetterKey;
  letter: 'S' | 'M' | 'A' | 'R' | 'T';
  name: 'Specific' | 'Measurable' | 'Achievable' | 'Realistic' | 'Time-bound';
  complete: boolean;
  /** One line saying what is there or what is still missing. */
  reason: string;
}

export interface SmartReport {
  letters: SmartLetter[];
  completeCount: number;
  complete: boolean;
}

export interface Progress {
  /** 0 to 1. */
  fraction: number;
  /** 0 to 100, rounded down so 99.6% never reads as done. */
  percent: number;
  source: 'metric' | 'steps' | 'status' | 'none';
  /** In words, e.g. "12 of 50 pitches won". */
  label: string;
}

export type PlanWarningCode =
  'goal-due-after-horizon' | 'step-due-after-goal' | 'start-after-due' | 'goal-overdue';

export interface PlanWarning {
  code: PlanWarningCode;
  /** A sentence a person can act on. */
  message: string;
  aspirationId: string;
  goalId: string;
  stepId?: string;
}

export interface GoalNode extends Goal {
  steps: GoalStep[];
  progress: Progress;
  smart: SmartReport;
  warnings: PlanWarning[];
}

export interface AspirationNode extends Aspiration {
  goals: GoalNode[];
  /** The mean progress of its goals that are not dropped. */
  progress: Progress;
  /** Every warning about this aspiration and its goals and steps. */
  warnings: PlanWarning[];
}

/** The whole plan, ordered as the person ordered it: what Plan, Timeline and Export read. */
export interface PlanTree {
  /** The day the warnings were worked out for (the person's local calendar). */
  today: string;
  aspirations: AspirationNode[];
}

/**
 * What the Timeline draws, and no more: `plan:tree` carries every step, the SMART answers and the
 * warnings (some 1.5 MB for 500 goals), and reading it was most of the time the Timeline took to
 * appear. A goal keeps what its bar, its card and a reschedule's warnings read.
 */
export interface TimelineStep {
  id: string;
  text: string;
  dueDate: string;
  done: boolean;
}

export interface TimelineGoal extends Pick<
  Goal,
  'id' | 'title' | 'specificWhat' | 'startDate' | 'dueDate' | 'status' | 'position' | 'createdAt'
> {
  /** Only the steps with a due date: the only ones drawn, and the only ones a warning is about. */
  steps: TimelineStep[];
  progress: Progress;
  smart: SmartReport;
}

export interface TimelineAspiration extends Pick<
  Aspiration,
  'id' | 'title' | 'horizonDate' | 'status'
> {
  goals: TimelineGoal[];
}

/** The live plan as the Timeline needs it, ordered as the person ordered it. */
export interface TimelinePlan {
  today: string;
  aspirations: TimelineAspiration[];
}

// ---------------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------------

export type RevisionKind = 'aspiration' | 'goal';
export type RevisionCause =
  'created' | 'edited' | 'restored' | 'achieved' | 'retired' | 'pivoted' | 'reopened' | 'moved';

/** The versioned state of an aspiration (what History keeps and restores). */
export type AspirationSnapshot = Pick<
  Aspiration,
  | 'title'
  | 'statement'
  | 'horizonDate'
  | 'status'
  | 'achievedOn'
  | 'retiredOn'
  | 'retiredReason'
  | 'replacedBy'
>;

/** The versioned state of a goal. `aspirationId` is recorded (a pivot moves goals) but never restored. */
export type GoalSnapshot = Pick<
  Goal,
  | 'aspirationId'
  | 'title'
  | 'specificWhat'
  | 'specificWhy'
  | 'metricName'
  | 'metricUnit'
  | 'metricTarget'
  | 'metricCurrent'
  | 'obstacles'
  | 'actionPlan'
  | 'realisticWhy'
  | 'letGo'
  | 'startDate'
  | 'dueDate'
  | 'status'
  | 'completedOn'
>;

export interface PlanRevision {
  id: string;
  kind: RevisionKind;
  refId: string;
  version: number;
  cause: RevisionCause;
  /** What changed from the version before, in words. */
  summary: string;
  createdAt: string;
  /** The newest version is the one in use. */
  current: boolean;
  snapshot: AspirationSnapshot | GoalSnapshot;
}

// ---------------------------------------------------------------------------------------------
// Templates and working backwards
// ---------------------------------------------------------------------------------------------

export interface TemplatePreview {
  id: string;
  industry: string;
  aspirationTitle: string;
  statementText: string;
  horizonDate: string;
  goals: { title: string; startDate: string | null; dueDate: string; metric: string }[];
}

export interface BackwardsProposal {
  title: string;
  startDate: string;
  dueDate: string;
}

// ---------------------------------------------------------------------------------------------
// Input schemas (shared with the renderer's forms, so a field is refused in the same words on both
// sides)
// ---------------------------------------------------------------------------------------------

export const DUE_DATE_REQUIRED = 'A goal needs a due date: choose the day you mean to reach it by.';

const text = (max: number) => z.string().max(max);
const title = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what} a title.`)
    .max(200, 'Keep the title under 200 characters.');

export const aspirationTitle = title('aspiration');
export const goalTitle = title('goal');
export const stepText = z
  .string()
  .trim()
  .min(1, 'Write what the step is.')
  .max(500, 'Keep a step under 500 characters.');

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

export const aspirationStatus = z.enum(ASPIRATION_STATUSES);
export const goalStatus = z.enum(GOAL_STATUSES);
const reflection = z
  .string()
  .trim()
  .min(1, 'Say in a sentence why it changed: it helps when you look back.')
  .max(2000, 'Keep the reflection under 2,000 characters.');

/** Every editable field of a goal. Creation requires `title` and `dueDate`; an update any subset. */
export const goalFields = {
  title: goalTitle,
  specificWhat: text(4000),
  specificWhy: text(4000),
  metricName: text(200),
  metricUnit: text(60),
  metricTarget: metricNumber.refine(
    (value) => value === null || value > 0,
    'The target should be more than zero.',
  ),
  metricCurrent: metricNumber,
  obstacles: text(4000),
  actionPlan: text(4000),
  realisticWhy: text(4000),
  letGo: text(4000),
  startDate: calendarDate.nullable(),
  dueDate: goalDueDate,
  status: goalStatus,
  completedOn: calendarDate.nullable(),
};

const optionalGoalFields = {
  specificWhat: goalFields.specificWhat.optional(),
  specificWhy: goalFields.specificWhy.optional(),
  metricName: goalFields.metricName.optional(),
  metricUnit: goalFields.metricUnit.optional(),
  metricTarget: goalFields.metricTarget.optional(),
  metricCurrent: goalFields.metricCurrent.optional(),
  obstacles: goalFields.obstacles.optional(),
  actionPlan: goalFields.actionPlan.optional(),
  realisticWhy: goalFields.realisticWhy.optional(),
  letGo: goalFields.letGo.optional(),
  startDate: goalFields.startDate.optional(),
  status: goalFields.status.optional(),
  completedOn: goalFields.completedOn.optional(),
};

export const createGoalInput = z.strictObject({
  aspirationId: id,
  title: goalFields.title,
  dueDate: goalFields.dueDate,
  ...optionalGoalFields,
});

export const updateGoalInput = z.strictObject({
  id,
  title: goalFields.title.optional(),
  dueDate: goalFields.dueDate.optional(),
  ...optionalGoalFields,
});

const stepInput = z.strictObject({
  text: stepText,
  dueDate: calendarDate.nullable().optional(),
  done: z.boolean().optional(),
});

export const createAspirationInput = z.strictObject({
  title: aspirationTitle,
  statement: richTextDoc.optional(),
  horizonDate: calendarDate.nullable().optional(),
});

export const updateAspirationInput = z.strictObject({
  id,
  title: aspirationTitle.optional(),
  statement: richTextDoc.optional(),
  horizonDate: calendarDate.nullable().optional(),
});

const orderedIds = z
  .array(id)
  .min(1)
  .max(10_000)
  .refine((ids) => new Set(ids).size === ids.length, 'Each item may appear only once.');

const backwardsTitles = z
  .array(goalTitle)
  .min(1, 'Name at least one goal that must come first.')
  .max(24, 'Plan at most 24 goals at a time.');

export type CreateGoalInput = z.input<typeof createGoalInput>;
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
export type CreateAspirationInput = z.input<typeof createAspirationInput>;

// ---------------------------------------------------------------------------------------------
// The channels
// ---------------------------------------------------------------------------------------------

/**
 * A write answers with the node it changed, as `plan:tree` holds it: an aspiration's writes with
 * the aspiration (its goals included), a goal's or a step's with the goal (its steps, progress,
 * SMART check and warnings). The window patches its cached plan with that answer.
 */
export const planContract = {
  /** The whole plan in one answer: aspirations → goals → steps, with progress, SMART and warnings. */
  'plan:tree': channel(
    z.strictObject({
      statuses: z.array(aspirationStatus).max(3).optional(),
      aspirationIds: z.array(id).max(10_000).optional(),
    }),
    { reads: ['plan'] },
  ).returns<PlanTree>(),
  /** The live plan, slimmed to what the Timeline draws (see TimelinePlan). */
  'plan:timeline': channel(z.strictObject({}), { reads: ['plan'] }).returns<TimelinePlan>(),

  'plan:createAspiration': channel(createAspirationInput, {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<AspirationNode>(),
  'plan:updateAspiration': channel(updateAspirationInput, {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<AspirationNode>(),
  /** Soft delete: the aspiration and its goals disappear until restored. */
  'plan:deleteAspiration': channel(z.strictObject({ id }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<Aspiration>(),
  'plan:restoreAspiration': channel(z.strictObject({ id }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<AspirationNode>(),
  /** The given aspirations take the places they already occupy, in this order. */
  'plan:reorderAspirations': channel(z.strictObject({ orderedIds }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<Aspiration[]>(),
  'plan:achieveAspiration': channel(z.strictObject({ id, achievedOn: calendarDate.optional() }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<AspirationNode>(),
  'plan:retireAspiration': channel(
    z.strictObject({ id, reason: reflection, retiredOn: calendarDate.optional() }),
    { changes: ['plan', 'values', 'today', 'search'] },
  ).returns<AspirationNode>(),
  /** Back to active after being achieved or retired. */
  'plan:reopenAspiration': channel(z.strictObject({ id }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<AspirationNode>(),
  /** Retires an aspiration and replaces it with a new one that carries over the chosen goals. */
  'plan:pivotAspiration': channel(
    z.strictObject({
      id,
      reason: reflection,
      replacement: createAspirationInput,
      carryGoalIds: z.array(id).max(10_000),
    }),
    { changes: ['plan', 'values', 'today', 'search'] },
  ).returns<{ retired: Aspiration; replacement: Aspiration; carried: Goal[] }>(),

  'plan:createGoal': channel(createGoalInput, {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:updateGoal': channel(updateGoalInput, {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:deleteGoal': channel(z.strictObject({ id }), {
    changes: ['plan', 'today', 'search'],
  }).returns<Goal>(),
  'plan:restoreGoal': channel(z.strictObject({ id }), {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:reorderGoals': channel(z.strictObject({ aspirationId: id, orderedIds }), {
    changes: ['plan', 'today', 'search'],
  }).returns<Goal[]>(),

  'plan:createStep': channel(stepInput.extend({ goalId: id }), {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:updateStep': channel(
    z.strictObject({
      id,
      text: stepText.optional(),
      dueDate: calendarDate.nullable().optional(),
      done: z.boolean().optional(),
    }),
    { changes: ['plan', 'today', 'search'] },
  ).returns<GoalNode>(),
  'plan:deleteStep': channel(z.strictObject({ id }), {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:restoreStep': channel(z.strictObject({ id }), {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:reorderSteps': channel(z.strictObject({ goalId: id, orderedIds }), {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),

  /** Every version of an aspiration or a goal, newest first. */
  'plan:history': channel(z.strictObject({ kind: z.enum(['aspiration', 'goal']), id }), {
    reads: ['plan'],
  }).returns<PlanRevision[]>(),
  /** Makes an old version the current one again (itself recorded as a new version). */
  'plan:restoreRevision': channel(z.strictObject({ revisionId: id }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<{ kind: 'aspiration'; aspiration: Aspiration } | { kind: 'goal'; goal: Goal }>(),

  'plan:templates': channel(z.strictObject({})).returns<TemplatePreview[]>(),
  'plan:createFromTemplate': channel(z.strictObject({ templateId: id }), {
    changes: ['plan', 'values', 'today', 'search'],
  }).returns<Aspiration>(),

  /** Due dates for the goals that must come first, spaced back from the horizon to today. */
  'plan:proposeBackwards': channel(z.strictObject({ aspirationId: id, titles: backwardsTitles }), {
    reads: ['plan'],
  }).returns<BackwardsProposal[]>(),
  /** Saves the (adjusted) proposals as goals, all or none. */
  'plan:applyBackwards': channel(
    z.strictObject({
      aspirationId: id,
      goals: z
        .array(
          z.strictObject({
            title: goalTitle,
            startDate: calendarDate.nullable().optional(),
            dueDate: goalDueDate,
          }),
        )
        .min(1, 'There are no goals to save.')
        .max(24, 'Plan at most 24 goals at a time.'),
    }),
    { changes: ['plan', 'today', 'search'] },
  ).returns<Goal[]>(),
};
