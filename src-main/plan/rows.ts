/** The plan's rows as SQLite holds them, and their translation to the contract's records. */
import type { Aspiration, Goal, GoalStep } from '../contract/plan';
import type { RichTextNode } from '../contract/schemas';

export interface AspirationRow {
  id: string;
  title: string;
  statement_json: string;
  statement_text: string;
  horizon_date: string | null;
  status: Aspiration['status'];
  achieved_on: string | null;
  retired_on: string | null;
  retired_reason: string | null;
  replaced_by: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface GoalRow {
  id: string;
  aspiration_id: string;
  title: string;
  specific_what: string;
  specific_why: string;
  metric_name: string;
  metric_unit: string;
  metric_target: number | null;
  metric_current: number | null;
  obstacles: string;
  action_plan: string;
  realistic_why: string;
  let_go: string;
  start_date: string | null;
  due_date: string;
  status: Goal['status'];
  completed_on: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface StepRow {
  id: string;
  goal_id: string;
  text: string;
  due_date: string | null;
  done: 0 | 1;
  done_on: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const ASPIRATION_COLUMNS = [
  'id',
  'title',
  'statement_json',
  'statement_text',
  'horizon_date',
  'status',
  'achieved_on',
  'retired_on',
  'retired_reason',
  'replaced_by',
  'position',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

export const GOAL_COLUMNS = [
  'id',
  'aspiration_id',
  'title',
  'specific_what',
  'specific_why',
  'metric_name',
  'metric_unit',
  'metric_target',
  'metric_current',
  'obstacles',
  'action_plan',
  'realistic_why',
  'let_go',
  'start_date',
  'due_date',
  'status',
  'completed_on',
  'position',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

export const STEP_COLUMNS = [
  'id',
  'goal_id',
  'text',
  'due_date',
  'done',
  'done_on',
  'position',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

/**
 * A row's values in its table's `…_COLUMNS` order. The whole-plan read (`plan:tree`) has SQLite put
 * every goal and step into one JSON array of these and parses it at once: better-sqlite3 hands a
 * row to JavaScript one value at a time, at a few tenths of a microsecond each on a slow machine,
 * and a plan of 500 goals and 2,000 steps is 30,000 values, while V8 parses the same values from
 * one string several times faster. Values are exactly what `.all()` gives (JSON keeps text,
 * numbers and nulls, and SQLite writes REALs with all 17 digits).
 */
type Values<Row, Columns extends readonly (keyof Row)[]> = {
  -readonly [K in keyof Columns]: Row[Columns[K]];
};
export type GoalValues = Values<GoalRow, typeof GOAL_COLUMNS>;
export type StepValues = Values<StepRow, typeof STEP_COLUMNS>;

export function toAspiration(row: AspirationRow): Aspiration {
  return {
    id: row.id,
    title: row.title,
    statement: JSON.parse(row.statement_json) as RichTextNode,
    statementText: row.statement_text,
    horizonDate: row.horizon_date,
    status: row.status,
    achievedOn: row.achieved_on,
    retiredOn: row.retired_on,
    retiredReason: row.retired_reason,
    replacedBy: row.replaced_by,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    aspirationId: row.aspiration_id,
    title: row.title,
    specificWhat: row.specific_what,
    specificWhy: row.specific_why,
    metricName: row.metric_name,
    metricUnit: row.metric_unit,
    metricTarget: row.metric_target,
    metricCurrent: row.metric_current,
    obstacles: row.obstacles,
    actionPlan: row.action_plan,
    realisticWhy: row.realistic_why,
    letGo: row.let_go,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    completedOn: row.completed_on,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toStep(row: StepRow): GoalStep {
  return {
    id: row.id,
    goalId: row.goal_id,
    text: row.text,
    dueDate: row.due_date,
    done: row.done === 1,
    doneOn: row.done_on,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** `toGoal` for a goal read as values; the names below are the columns, in `GOAL_COLUMNS` order. */
export function goalFromValues(values: GoalValues): Goal {
  const [
    id,
    aspiration_id,
    title,
    specific_what,
    specific_why,
    metric_name,
    metric_unit,
    metric_target,
    metric_current,
    obstacles,
    action_plan,
    realistic_why,
    let_go,
    start_date,
    due_date,
    status,
    completed_on,
    position,
    created_at,
    updated_at,
    deleted_at,
  ] = values;
  return {
    id,
    aspirationId: aspiration_id,
    title,
    specificWhat: specific_what,
    specificWhy: specific_why,
    metricName: metric_name,
    metricUnit: metric_unit,
    metricTarget: metric_target,
    metricCurrent: metric_current,
    obstacles,
    actionPlan: action_plan,
    realisticWhy: realistic_why,
    letGo: let_go,
    startDate: start_date,
    dueDate: due_date,
    status,
    completedOn: completed_on,
    position,
    createdAt: created_at,
    updatedAt: updated_at,
    deletedAt: deleted_at,
  };
}

/** `toStep` for a step read as values; the names below are the columns, in `STEP_COLUMNS` order. */
export function stepFromValues(values: StepValues): GoalStep {
  const [id, goal_id, text, due_date, done, done_on, position, created_at, updated_at, deleted_at] =
    values;
  return {
    id,
    goalId: goal_id,
    text,
    dueDate: due_date,
    done: done === 1,
    doneOn: done_on,
    position,
    createdAt: created_at,
    updatedAt: updated_at,
    deletedAt: deleted_at,
  };
}

export function fromGoal(goal: Goal): GoalRow {
  return {
    id: goal.id,
    aspiration_id: goal.aspirationId,
    title: goal.title,
    specific_what: goal.specificWhat,
    specific_why: goal.specificWhy,
    metric_name: goal.metricName,
    metric_unit: goal.metricUnit,
    metric_target: goal.metricTarget,
    metric_current: goal.metricCurrent,
    obstacles: goal.obstacles,
    action_plan: goal.actionPlan,
    realistic_why: goal.realisticWhy,
    let_go: goal.letGo,
    start_date: goal.startDate,
    due_date: goal.dueDate,
    status: goal.status,
    completed_on: goal.completedOn,
    position: goal.position,
    created_at: goal.createdAt,
    updated_at: goal.updatedAt,
    deleted_at: goal.deletedAt,
  };
}

export function fromStep(step: GoalStep): StepRow {
  return {
    id: step.id,
    goal_id: step.goalId,
    text: step.text,
    due_date: step.dueDate,
    done: step.done ? 1 : 0,
    done_on: step.doneOn,
    position: step.position,
    created_at: step.createdAt,
    updated_at: step.updatedAt,
    deleted_at: step.deletedAt,
  };
}

export function fromAspiration(aspiration: Aspiration): AspirationRow {
  return {
    id: aspiration.id,
    title: aspiration.title,
    statement_json: JSON.stringify(aspiration.statement),
    statement_text: aspiration.statementText,
    horizon_date: aspiration.horizonDate,
    status: aspiration.status,
    achieved_on: aspiration.achievedOn,
    retired_on: aspiration.retiredOn,
    retired_reason: aspiration.retiredReason,
    replaced_by: aspiration.replacedBy,
    position: aspiration.position,
    created_at: aspiration.createdAt,
    updated_at: aspiration.updatedAt,
    deleted_at: aspiration.deletedAt,
  };
}
