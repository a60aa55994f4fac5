import type * as Y from 'yjs';
import type { Aspiration, Goal, GoalStep } from '../contract/plan';
import type { Db } from '../db/open';
import type { Statement } from '../db/sqlite';
import { deleteAspiration, restoreAspiration, saveAspiration } from '../plan/aspirations';
import { deleteGoal, restoreGoal, saveGoal } from '../plan/goals';
import { recordVersion } from '../plan/history';
import { planRepository } from '../plan/repository';
import { aspirationSnapshot, goalSnapshot } from '../plan/revisions';
import {
  fromAspiration,
  fromGoal,
  fromStep,
  toAspiration,
  toGoal,
  toStep,
  type StepRow,
} from '../plan/rows';
import { syncAspirationIndex, syncGoalIndex } from '../plan/search-sync';
import { plainTextOf } from '../shared/rich-text';
import type { RichTextNode } from '../shared/rich-text-node';
import { canonicalDoc, fragmentToDoc, updateFragment } from './rich-text-y';

/**
 * Aspirations and goals in Yjs. Each short field is one value of map `f`, so concurrent changes
 * to one field settle on one value (the other stays in the record's History, where it was kept
 * when it was made). Fields the database keeps consistent together (a status and its date) travel
 * as one value, so a merge can never pair one computer's status with the other's date. An
 * aspiration's statement is rich text (fragment `statement`); a goal's steps are map `steps`.
 */
const NOTE = 'Changed on another computer';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Fields = Record<string, unknown>;

function putFields(map: Y.Map<unknown>, base: Fields | null, now: Fields): void {
  for (const [key, value] of Object.entries(now)) {
    if (!base || !same(base[key], value)) map.set(key, value);
  }
}

function readFields<T extends Fields>(map: Y.Map<unknown>, keys: readonly (keyof T)[]): T | null {
  if (!map.has(keys[0] as string)) return null;
  return Object.fromEntries(keys.map((key) => [key, map.get(key as string) ?? null])) as T;
}

// ------------------------------------------------------------------------------ aspirations

export interface AspirationState {
  f: {
    title: string;
    horizonDate: string | null;
    state: { status: Aspiration['status']; achievedOn: string | null; retiredOn: string | null };
    retiredReason: string | null;
    replacedBy: string | null;
    position: number;
    deletedAt: string | null;
  };
  statement: RichTextNode;
}
const ASPIRATION_KEYS = [
  'title',
  'horizonDate',
  'state',
  'retiredReason',
  'replacedBy',
  'position',
  'deletedAt',
] as const;

export function readAspiration(db: Db, id: string): AspirationState | null {
  const row = planRepository(db).aspiration(id);
  if (!row) return null;
  const a = toAspiration(row);
  return {
    f: {
      title: a.title,
      horizonDate: a.horizonDate,
      state: { status: a.status, achievedOn: a.achievedOn, retiredOn: a.retiredOn },
      retiredReason: a.retiredReason,
      replacedBy: a.replacedBy,
      position: a.position,
      deletedAt: a.deletedAt,
    },
    statement: canonicalDoc(a.statement),
  };
}

export function aspirationToDoc(
  ydoc: Y.Doc,
  base: AspirationState | null,
  now: AspirationState | null,
): void {
  if (!now) return; // aspirations are never deleted for good
  putFields(ydoc.getMap('f'), base?.f ?? null, now.f);
  if (!base || !same(base.statement, now.statement))
    updateFragment(ydoc.getXmlFragment('statement'), now.statement);
}

export function aspirationFromDoc(ydoc: Y.Doc): AspirationState | null {
  const f = readFields<AspirationState['f']>(ydoc.getMap('f'), ASPIRATION_KEYS);
  return f && { f, statement: fragmentToDoc(ydoc.getXmlFragment('statement')) };
}

export function docToAspiration(
  db: Db,
  id: string,
  target: AspirationState | 'purged',
  now: Date,
): void {
  if (target === 'purged') return;
  const repository = planRepository(db);
  const row = repository.aspiration(id);
  const { state, deletedAt, position, ...rest } = target.f;
  const fields = { ...rest, ...state, statement: target.statement };
  if (!row) {
    const stamp = now.toISOString();
    const aspiration: Aspiration = {
      id,
      ...fields,
      statementText: plainTextOf(target.statement),
      position,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt,
      revision: 1,
    };
    repository.insertAspiration(fromAspiration(aspiration));
    syncAspirationIndex(db, aspiration);
    const snapshot = aspirationSnapshot(aspiration);
    recordVersion(db, {
      kind: 'aspiration',
      refId: id,
      cause: 'created',
      snapshot,
      now,
      note: NOTE,
    });
    return;
  }
  const current = toAspiration(row);
  saveAspiration(db, current, fields, 'edited', now, NOTE);
  if (current.position !== position) repository.setAspirationPosition(id, position);
  if (current.deletedAt === null && deletedAt !== null) deleteAspiration(db, id, now);
  if (current.deletedAt !== null && deletedAt === null) restoreAspiration(db, id, now);
}

// ------------------------------------------------------------------------------------ goals

type GoalFields = Omit<Goal, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'completedOn'> & {
  state: { status: Goal['status']; completedOn: string | null };
};
type StepState = Omit<GoalStep, 'id' | 'goalId' | 'createdAt' | 'updatedAt'>;
export interface GoalState {
  f: GoalFields;
  steps: Record<string, StepState>;
}

const stepQueries = new WeakMap<Db, Statement<[string], StepRow>>();

/** Every step of a goal, deleted ones too (prepared once per database: a join reads thousands). */
function allSteps(db: Db, goalId: string): StepRow[] {
  let query = stepQueries.get(db);
  if (!query) {
    query = db.prepare<[string], StepRow>('SELECT * FROM goal_steps WHERE goal_id = ? ORDER BY id');
    stepQueries.set(db, query);
  }
  return query.all(goalId);
}

export function readGoal(db: Db, id: string): GoalState | null {
  const row = planRepository(db).goal(id);
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, status, completedOn, ...rest } = toGoal(row);
  const steps: Record<string, StepState> = {};
  for (const stepRow of allSteps(db, id)) {
    const { id: stepId, goalId: _g, createdAt: _sc, updatedAt: _su, ...step } = toStep(stepRow);
    steps[stepId] = step;
  }
  return { f: { ...rest, state: { status, completedOn } }, steps };
}

export function goalToDoc(ydoc: Y.Doc, base: GoalState | null, now: GoalState | null): void {
  if (!now) return;
  putFields(ydoc.getMap('f'), base?.f ?? null, now.f);
  const steps = ydoc.getMap<StepState>('steps');
  for (const [stepId, step] of Object.entries(now.steps)) {
    if (!base || !same(base.steps[stepId], step)) steps.set(stepId, step);
  }
}

export function goalFromDoc(ydoc: Y.Doc): GoalState | null {
  const map = ydoc.getMap<unknown>('f');
  if (!map.has('aspirationId')) return null;
  const f = Object.fromEntries(map.entries()) as GoalFields;
  const steps = Object.fromEntries(
    [...ydoc.getMap<StepState>('steps').entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { f, steps };
}

export function docToGoal(db: Db, id: string, target: GoalState | 'purged', now: Date): void {
  if (target === 'purged') return;
  const repository = planRepository(db);
  const row = repository.goal(id);
  const { state, deletedAt, position, ...rest } = target.f;
  const stamp = now.toISOString();
  if (!row) {
    const goal: Goal = {
      id,
      ...rest,
      ...state,
      position,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt,
    };
    repository.insertGoal(fromGoal(goal));
    syncGoalIndex(db, goal);
    recordVersion(db, {
      kind: 'goal',
      refId: id,
      cause: 'created',
      snapshot: goalSnapshot(goal),
      now,
      note: NOTE,
    });
  } else {
    const current = toGoal(row);
    saveGoal(db, current, { ...rest, ...state }, 'edited', now, NOTE);
    if (current.position !== position) repository.setGoalPosition(id, position);
    if (current.deletedAt === null && deletedAt !== null) deleteGoal(db, id, now);
    if (current.deletedAt !== null && deletedAt === null) restoreGoal(db, id, now);
  }
  const existing = new Map(allSteps(db, id).map((step) => [step.id, toStep(step)]));
  for (const [stepId, step] of Object.entries(target.steps)) {
    const current = existing.get(stepId);
    if (!current) {
      repository.insertStep(
        fromStep({ id: stepId, goalId: id, ...step, createdAt: stamp, updatedAt: stamp }),
      );
    } else if (!same({ ...current, ...step }, current)) {
      repository.updateStep(fromStep({ ...current, ...step, updatedAt: stamp }));
    }
  }
}
