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
