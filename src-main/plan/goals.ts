/** The rules for goals: create, edit, delete and restore, order, and their steps' to-do list. */
import { randomUUID } from 'node:crypto';
import { syncGoalAchievement } from '../achievements/goal-rule';
import { notFound } from '../contract/errors';
import {
  GOAL,
  type Goal,
  type GoalEditKey,
  type GoalSnapshot,
  type GoalStatus,
  type GoalStep,
  type RevisionCause,
} from '../contract/plan';
import { stampsAt } from '../contract/records/define';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { requireAspiration } from './aspirations';
import { recordVersion } from './history';
import { reorderSiblings } from './ordering';
import { planRepository } from './repository';
import { changesBetween, goalSnapshot } from './revisions';
import { fromGoal, fromStep, toGoal, toStep } from './rows';
import { syncGoalIndex } from './search-sync';

/** The fields of a goal a person edits (everything in the SMART form). */
export type GoalEdits = Partial<Omit<GoalSnapshot, 'aspirationId'>>;

export interface NewGoal extends GoalEdits {
  aspirationId: string;
  title: string;
  dueDate: string;
}

export function requireGoal(db: Db, id: string): Goal {
  const row = planRepository(db).goal(id);
  const parent = row && planRepository(db).aspiration(row.aspiration_id);
  if (!row || row.deleted_at !== null || !parent || parent.deleted_at !== null) {
    throw notFound('goal');
  }
  return toGoal(row);
}

/** A goal is done on a date; any other status has no completion date. */
function completion(
  status: GoalStatus,
  completedOn: string | null | undefined,
  previous: string | null,
  now: Date,
): string | null {
  if (status !== 'done') return null;
  return completedOn ?? previous ?? localDate(now);
}

/** Writes `edits` over `current` as one new version; nothing is written when nothing changes. */
export function saveGoal(
  db: Db,
  current: Goal,
  edits: GoalEdits & { aspirationId?: string; position?: number },
  cause: RevisionCause,
  now: Date,
  note?: string,
): Goal {
  const next: Goal = { ...current, ...edits };
  next.completedOn = completion(next.status, edits.completedOn, current.completedOn, now);
  const snapshot = goalSnapshot(next);
  const changed = changesBetween('goal', goalSnapshot(current), snapshot).length > 0;
  if (!changed && next.position === current.position) return current;
  next.updatedAt = now.toISOString();
  planRepository(db).updateGoal(fromGoal(next));
  syncGoalIndex(db, next);
  syncGoalAchievement(db, current, next, now);
  if (changed) recordVersion(db, { kind: 'goal', refId: next.id, cause, snapshot, now, note });
  return next;
}

export function createGoal(
  db: Db,
  input: NewGoal,
  now: Date = new Date(),
  { note }: { note?: string } = {},
): Goal {
  const repository = planRepository(db);
  return db.transaction(() => {
    requireAspiration(db, input.aspirationId);
    const goal: Goal = {
      id: randomUUID(),
      aspirationId: input.aspirationId,
      ...(GOAL.initial() as Pick<Goal, GoalEditKey>),
      ...GOAL.given(input),
      position: repository.nextGoalPosition(input.aspirationId),
      ...stampsAt(now),
    };
    goal.completedOn = completion(goal.status, input.completedOn, null, now);
    repository.insertGoal(fromGoal(goal));
    syncGoalIndex(db, goal);
    syncGoalAchievement(db, null, goal, now);
    const snapshot = goalSnapshot(goal);
    recordVersion(db, { kind: 'goal', refId: goal.id, cause: 'created', snapshot, now, note });
    return goal;
  })();
}

export function updateGoal(
  db: Db,
  input: GoalEdits & { id: string },
  now: Date = new Date(),
): Goal {
  return db.transaction(() => {
    return saveGoal(db, requireGoal(db, input.id), GOAL.given(input), 'edited', now);
  })();
}

function setGoalDeleted(db: Db, id: string, deletedAt: string | null, now: Date): Goal {
  const row = planRepository(db).goal(id);
  if (!row) {
    throw notFound('goal');
  }
  const next = { ...toGoal(row), deletedAt, updatedAt: now.toISOString() };
  planRepository(db).updateGoal(fromGoal(next));
  syncGoalIndex(db, next);
  return next;
}

export function deleteGoal(db: Db, id: string, now: Date = new Date()): Goal {
  return db.transaction(() => {
    requireGoal(db, id);
    return setGoalDeleted(db, id, now.toISOString(), now);
  })();
}

export function restoreGoal(db: Db, id: string, now: Date = new Date()): Goal {
  return db.transaction(() => {
    const goal = setGoalDeleted(db, id, null, now);
    requireAspiration(db, goal.aspirationId);
    return goal;
  })();
}

export function reorderGoals(db: Db, aspirationId: string, orderedIds: string[]): Goal[] {
  const repository = planRepository(db);
  return db.transaction(() => {
    requireAspiration(db, aspirationId);
    reorderSiblings(repository.goalsOf(aspirationId), orderedIds, 'goals', (id, position) =>
      repository.setGoalPosition(id, position),
    );
    return repository.goalsOf(aspirationId).map(toGoal);
  })();
}

// ---------------------------------------------------------------------------------------------
// Steps: a goal's to-do list. Not versioned (ticking a box is not a new version of the goal);
// deleting one can be undone.
// ---------------------------------------------------------------------------------------------

function requireStep(db: Db, id: string): GoalStep {
  const row = planRepository(db).step(id);
  if (!row || row.deleted_at !== null) {
    throw notFound('step');
  }
  requireGoal(db, row.goal_id);
  return toStep(row);
}

export function createStep(
  db: Db,
  input: { goalId: string; text: string; dueDate?: string | null; done?: boolean },
  now: Date = new Date(),
): GoalStep {
  const repository = planRepository(db);
  return db.transaction(() => {
    requireGoal(db, input.goalId);
    const done = input.done ?? false;
    const step: GoalStep = {
      id: randomUUID(),
      goalId: input.goalId,
      text: input.text,
      dueDate: input.dueDate ?? null,
      done,
      doneOn: done ? localDate(now) : null,
      position: repository.nextStepPosition(input.goalId),
      ...stampsAt(now),
    };
    repository.insertStep(fromStep(step));
    return step;
  })();
}

export function updateStep(
  db: Db,
  input: { id: string; text?: string; dueDate?: string | null; done?: boolean },
  now: Date = new Date(),
): GoalStep {
  return db.transaction(() => {
    const current = requireStep(db, input.id);
    const next: GoalStep = {
      ...current,
      text: input.text ?? current.text,
      dueDate: input.dueDate === undefined ? current.dueDate : input.dueDate,
      done: input.done ?? current.done,
      updatedAt: now.toISOString(),
    };
    next.doneOn = next.done ? (current.doneOn ?? localDate(now)) : null;
    planRepository(db).updateStep(fromStep(next));
    return next;
  })();
}

function setStepDeleted(db: Db, id: string, deletedAt: string | null, now: Date): GoalStep {
  const row = planRepository(db).step(id);
  if (!row) {
    throw notFound('step');
  }
  const next = { ...toStep(row), deletedAt, updatedAt: now.toISOString() };
  planRepository(db).updateStep(fromStep(next));
  return next;
}

export function deleteStep(db: Db, id: string, now: Date = new Date()): GoalStep {
  return db.transaction(() => {
    requireStep(db, id);
    return setStepDeleted(db, id, now.toISOString(), now);
  })();
}

export function restoreStep(db: Db, id: string, now: Date = new Date()): GoalStep {
  return db.transaction(() => {
    const step = setStepDeleted(db, id, null, now);
    requireGoal(db, step.goalId);
    return step;
  })();
}

export function reorderSteps(db: Db, goalId: string, orderedIds: string[]): GoalStep[] {
  const repository = planRepository(db);
  return db.transaction(() => {
    requireGoal(db, goalId);
    reorderSiblings(repository.stepsOf(goalId), orderedIds, 'steps', (id, position) =>
      repository.setStepPosition(id, position),
    );
    return repository.stepsOf(goalId).map(toStep);
  })();
}
