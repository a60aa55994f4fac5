import type { RevisionCause, RevisionKind } from '../contract/plan';
import type { Db } from '../db/open';
import {
  ASPIRATION_COLUMNS,
  GOAL_COLUMNS,
  STEP_COLUMNS,
  type AspirationRow,
  type GoalRow,
  type RowValues,
  type StepRow,
} from './rows';
import { onePerDatabase } from '../db/per-database';
import { insertSql } from '../db/sql';

export interface RevisionRow {
  id: string;
  kind: RevisionKind;
  ref_id: string;
  version: number;
  cause: RevisionCause;
  snapshot_json: string;
  summary: string;
  created_at: string;
}

type Table = 'aspirations' | 'goals' | 'goal_steps';

/**
 * Every row of a table as one JSON array of arrays, each holding the row's values in `columns`
 * order, built inside SQLite and parsed with one `JSON.parse` (see `RowValues` in rows.ts).
 */
const jsonRows = (columns: readonly string[]) =>
  `json_group_array(json_array(${columns.join(', ')}))`;

/** Writes every column but the id and created_at: a record is always saved whole, never half. */
const updateSql = (table: Table, columns: readonly string[]) =>
  `UPDATE ${table} SET ${columns
    .filter((c) => c !== 'id' && c !== 'created_at')
    .map((c) => `${c} = @${c}`)
    .join(', ')} WHERE id = @id`;

/** Every SQL statement of the plan, prepared once per database, with bound parameters only. */
export class PlanRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      aspiration: db.prepare<[string], AspirationRow>('SELECT * FROM aspirations WHERE id = ?'),
      liveAspirations: db.prepare<[], AspirationRow>(
        'SELECT * FROM aspirations WHERE deleted_at IS NULL ORDER BY position, created_at',
      ),
      insertAspiration: db.prepare<AspirationRow>(insertSql('aspirations', ASPIRATION_COLUMNS)),
      updateAspiration: db.prepare<AspirationRow>(updateSql('aspirations', ASPIRATION_COLUMNS)),
      maxAspirationPosition: db
        .prepare<[], number>('SELECT coalesce(max(position), -1) FROM aspirations')
        .pluck(),
      shiftAspirations: db.prepare<[number]>(
        'UPDATE aspirations SET position = position + 1 WHERE position > ?',
      ),
      setAspirationPosition: db.prepare<[number, string]>(
        'UPDATE aspirations SET position = ? WHERE id = ?',
      ),

      goal: db.prepare<[string], GoalRow>('SELECT * FROM goals WHERE id = ?'),
      /** Every goal not deleted, in no particular order (the tree keeps those of live aspirations). */
      liveGoals: db
        .prepare<[], string>(`SELECT ${jsonRows(GOAL_COLUMNS)} FROM goals WHERE deleted_at IS NULL`)
        .pluck(),
      goalsOf: db.prepare<[string], GoalRow>(
        `SELECT * FROM goals WHERE aspiration_id = ? AND deleted_at IS NULL
         ORDER BY position, created_at`,
      ),
      countGoalsOf: db
        .prepare<[string], number>(
          'SELECT count(*) FROM goals WHERE aspiration_id = ? AND deleted_at IS NULL',
        )
        .pluck(),
      insertGoal: db.prepare<GoalRow>(insertSql('goals', GOAL_COLUMNS)),
      updateGoal: db.prepare<GoalRow>(updateSql('goals', GOAL_COLUMNS)),
      maxGoalPosition: db
        .prepare<[string], number>(
          'SELECT coalesce(max(position), -1) FROM goals WHERE aspiration_id = ?',
        )
        .pluck(),
      setGoalPosition: db.prepare<[number, string]>('UPDATE goals SET position = ? WHERE id = ?'),

      step: db.prepare<[string], StepRow>('SELECT * FROM goal_steps WHERE id = ?'),
      /** Every step not deleted, in no particular order (the tree keeps those of goals it shows). */
      liveSteps: db
        .prepare<[], string>(
          `SELECT ${jsonRows(STEP_COLUMNS)} FROM goal_steps WHERE deleted_at IS NULL`,
        )
        .pluck(),
      stepsOf: db.prepare<[string], StepRow>(
        `SELECT * FROM goal_steps WHERE goal_id = ? AND deleted_at IS NULL
         ORDER BY position, created_at`,
      ),
      insertStep: db.prepare<StepRow>(insertSql('goal_steps', STEP_COLUMNS)),
      updateStep: db.prepare<StepRow>(updateSql('goal_steps', STEP_COLUMNS)),
      maxStepPosition: db
        .prepare<[string], number>(
          'SELECT coalesce(max(position), -1) FROM goal_steps WHERE goal_id = ?',
        )
        .pluck(),
      setStepPosition: db.prepare<[number, string]>(
        'UPDATE goal_steps SET position = ? WHERE id = ?',
      ),

      revision: db.prepare<[string], RevisionRow>('SELECT * FROM plan_revisions WHERE id = ?'),
      revisionsOf: db.prepare<[RevisionKind, string], RevisionRow>(
        'SELECT * FROM plan_revisions WHERE kind = ? AND ref_id = ? ORDER BY version DESC',
      ),
      latestRevisions: db.prepare<[RevisionKind, string], RevisionRow>(
        'SELECT * FROM plan_revisions WHERE kind = ? AND ref_id = ? ORDER BY version DESC LIMIT 2',
      ),
      insertRevision: db.prepare<RevisionRow>(
        `INSERT INTO plan_revisions (id, kind, ref_id, version, cause, snapshot_json, summary, created_at)
         VALUES (@id, @kind, @ref_id, @version, @cause, @snapshot_json, @summary, @created_at)`,
      ),
      replaceRevision: db.prepare<
        Pick<RevisionRow, 'id' | 'snapshot_json' | 'summary' | 'created_at'>
      >(
        `UPDATE plan_revisions SET snapshot_json = @snapshot_json, summary = @summary,
           created_at = @created_at WHERE id = @id`,
      ),
      deleteRevision: db.prepare<[string]>('DELETE FROM plan_revisions WHERE id = ?'),
    };
  }

  aspiration(id: string): AspirationRow | undefined {
    return this.s.aspiration.get(id);
  }
  liveAspirations(): AspirationRow[] {
    return this.s.liveAspirations.all();
  }
  insertAspiration(row: AspirationRow): void {
    this.s.insertAspiration.run(row);
  }
  updateAspiration(row: AspirationRow): void {
    this.s.updateAspiration.run(row);
  }
  nextAspirationPosition(): number {
    return (this.s.maxAspirationPosition.get() as number) + 1;
  }
  /** Makes room right after `position`. */
  shiftAspirationsAfter(position: number): void {
    this.s.shiftAspirations.run(position);
  }
  setAspirationPosition(id: string, position: number): void {
    this.s.setAspirationPosition.run(position, id);
  }

  goal(id: string): GoalRow | undefined {
    return this.s.goal.get(id);
  }
  /** Every goal that is not deleted, as values, unordered: the caller keeps the ones it wants. */
  liveGoals(): readonly RowValues[] {
    return JSON.parse(this.s.liveGoals.get() as string) as RowValues[];
  }
  goalsOf(aspirationId: string): GoalRow[] {
    return this.s.goalsOf.all(aspirationId);
  }
  countGoalsOf(aspirationId: string): number {
    return this.s.countGoalsOf.get(aspirationId) as number;
  }
  insertGoal(row: GoalRow): void {
    this.s.insertGoal.run(row);
  }
  updateGoal(row: GoalRow): void {
    this.s.updateGoal.run(row);
  }
  nextGoalPosition(aspirationId: string): number {
    return (this.s.maxGoalPosition.get(aspirationId) as number) + 1;
  }
  setGoalPosition(id: string, position: number): void {
    this.s.setGoalPosition.run(position, id);
  }

  step(id: string): StepRow | undefined {
    return this.s.step.get(id);
  }
  /** Every step that is not deleted, as values, unordered: the caller keeps the ones it wants. */
  liveSteps(): readonly RowValues[] {
    return JSON.parse(this.s.liveSteps.get() as string) as RowValues[];
  }
  stepsOf(goalId: string): StepRow[] {
    return this.s.stepsOf.all(goalId);
  }
  insertStep(row: StepRow): void {
    this.s.insertStep.run(row);
  }
  updateStep(row: StepRow): void {
    this.s.updateStep.run(row);
  }
  nextStepPosition(goalId: string): number {
    return (this.s.maxStepPosition.get(goalId) as number) + 1;
  }
  setStepPosition(id: string, position: number): void {
    this.s.setStepPosition.run(position, id);
  }

  revision(id: string): RevisionRow | undefined {
    return this.s.revision.get(id);
  }
  revisionsOf(kind: RevisionKind, refId: string): RevisionRow[] {
    return this.s.revisionsOf.all(kind, refId);
  }
  /** The newest version and the one before it. */
  latestRevisions(kind: RevisionKind, refId: string): RevisionRow[] {
    return this.s.latestRevisions.all(kind, refId);
  }
  insertRevision(row: RevisionRow): void {
    this.s.insertRevision.run(row);
  }
  replaceRevision(row: Pick<RevisionRow, 'id' | 'snapshot_json' | 'summary' | 'created_at'>): void {
    this.s.replaceRevision.run(row);
  }
  deleteRevision(id: string): void {
    this.s.deleteRevision.run(id);
  }
}

/** One repository per open database, so statements are prepared once. */
export const planRepository = onePerDatabase((db) => new PlanRepository(db));
