import { z } from 'zod';
import { channel, type Effects } from './define';
import type { SmartLetterKey } from './records/define';
import {
  aspirationStatus,
  createAspirationInput,
  updateAspirationInput,
  type Aspiration,
  type AspirationSnapshot,
} from './records/aspiration';
import {
  goalDueDate,
  goalTitle,
  createGoalInput,
  updateGoalInput,
  type Goal,
  type GoalSnapshot,
} from './records/goal';
import { createStepInput, updateStepInput, type GoalStep } from './records/step';
import { calendarDate, id } from './schemas';

// Each record (its type, its input schemas, its columns and History fields) is declared once in
// records/; the plan's channels and the things worked out from the records live here.
export * from './records/aspiration';
export * from './records/goal';
export * from './records/step';
export type { HistoryStyle, SmartLetterKey } from './records/define';

// ---------------------------------------------------------------------------------------------
// What the plan works out from the records
// ---------------------------------------------------------------------------------------------

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

const reflection = z
  .string()
  .trim()
  .min(1, 'Say in a sentence why it changed: it helps when you look back.')
  .max(2000, 'Keep the reflection under 2,000 characters.');

const orderedIds = z
  .array(id)
  .min(1)
  .max(10_000)
  .refine((ids) => new Set(ids).size === ids.length, 'Each item may appear only once.');

const backwardsTitles = z
  .array(goalTitle)
  .min(1, 'Name at least one goal that must come first.')
  .max(24, 'Plan at most 24 goals at a time.');

// ---------------------------------------------------------------------------------------------
// The channels
// ---------------------------------------------------------------------------------------------

/** What an aspiration's write changes: the plan, and Values, Today and search that read it. */
const PLAN_WRITE: Effects = { changes: ['plan', 'values', 'today', 'search'] };

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

  'plan:createAspiration': channel(createAspirationInput, PLAN_WRITE).returns<AspirationNode>(),
  'plan:updateAspiration': channel(updateAspirationInput, PLAN_WRITE).returns<AspirationNode>(),
  /** Soft delete: the aspiration and its goals disappear until restored. */
  'plan:deleteAspiration': channel(z.strictObject({ id }), PLAN_WRITE).returns<Aspiration>(),
  'plan:restoreAspiration': channel(z.strictObject({ id }), PLAN_WRITE).returns<AspirationNode>(),
  /** The given aspirations take the places they already occupy, in this order. */
  'plan:reorderAspirations': channel(z.strictObject({ orderedIds }), PLAN_WRITE).returns<
    Aspiration[]
  >(),
  'plan:achieveAspiration': channel(
    z.strictObject({ id, achievedOn: calendarDate.optional() }),
    PLAN_WRITE,
  ).returns<AspirationNode>(),
  'plan:retireAspiration': channel(
    z.strictObject({ id, reason: reflection, retiredOn: calendarDate.optional() }),
    PLAN_WRITE,
  ).returns<AspirationNode>(),
  /** Back to active after being achieved or retired. */
  'plan:reopenAspiration': channel(z.strictObject({ id }), PLAN_WRITE).returns<AspirationNode>(),
  /** Retires an aspiration and replaces it with a new one that carries over the chosen goals. */
  'plan:pivotAspiration': channel(
    z.strictObject({
      id,
      reason: reflection,
      replacement: createAspirationInput,
      carryGoalIds: z.array(id).max(10_000),
    }),
    PLAN_WRITE,
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

  'plan:createStep': channel(createStepInput, {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
  'plan:updateStep': channel(updateStepInput, {
    changes: ['plan', 'today', 'search'],
  }).returns<GoalNode>(),
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
  'plan:restoreRevision': channel(z.strictObject({ revisionId: id }), PLAN_WRITE).returns<
    { kind: 'aspiration'; aspiration: Aspiration } | { kind: 'goal'; goal: Goal }
  >(),

  'plan:templates': channel(z.strictObject({})).returns<TemplatePreview[]>(),
  'plan:createFromTemplate': channel(
    z.strictObject({ templateId: id }),
    PLAN_WRITE,
  ).returns<Aspiration>(),

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
