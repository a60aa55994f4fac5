import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

export interface CheckRow {
  id: string;
  aspiration_id: string;
  status: 'draft' | 'saved';
  checked_on: string;
  answers_json: string;
  excitement: number | null;
  fear: number | null;
  created_at: string;
  updated_at: string;
  saved_at: string | null;
  deleted_at: string | null;
}

const COLUMNS = [
  'id',
  'aspiration_id',
  'status',
  'checked_on',
  'answers_json',
  'excitement',
  'fear',
  'created_at',
  'updated_at',
  'saved_at',
  'deleted_at',
] as const;

/** Saved checks in the order they were made: by day, then by the moment they were saved. */
const HISTORY_ORDER = 'ORDER BY checked_on, saved_at, id';

export const NUDGE_DAYS_KEY = 'values.nudgeDays';

/** Every SQL statement of the values check, prepared once per database, bound parameters only. */
export class ValuesRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      check: db.prepare<[string], CheckRow>('SELECT * FROM values_checks WHERE id = ?'),
      draftOf: db.prepare<[string], CheckRow>(
        `SELECT * FROM values_checks
         WHERE aspiration_id = ? AND status = 'draft' AND deleted_at IS NULL`,
      ),
      savedOf: db.prepare<[string], CheckRow>(
        `SELECT * FROM values_checks
         WHERE aspiration_id = ? AND status = 'saved' AND deleted_at IS NULL ${HISTORY_ORDER}`,
      ),
      allSaved: db.prepare<[], CheckRow>(
        `SELECT * FROM values_checks WHERE status = 'saved' AND deleted_at IS NULL
         ORDER BY aspiration_id, checked_on, saved_at, id`,
      ),
      allDrafts: db.prepare<[], CheckRow>(
        `SELECT * FROM values_checks WHERE status = 'draft' AND deleted_at IS NULL`,
      ),
      insert: db.prepare<CheckRow>(
        `INSERT INTO values_checks (${COLUMNS.join(', ')})
         VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
      ),
      update: db.prepare<CheckRow>(
        `UPDATE values_checks SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
          .map((c) => `${c} = @${c}`)
          .join(', ')} WHERE id = @id`,
      ),
    };
  }

  check(id: string): CheckRow | undefined {
    return this.s.check.get(id);
  }
  /** The live draft of an aspiration, if any (the schema allows one). */
  draftOf(aspirationId: string): CheckRow | undefined {
    return this.s.draftOf.get(aspirationId);
  }
  /** Live saved checks of one aspiration, oldest first. */
  savedOf(aspirationId: string): CheckRow[] {
    return this.s.savedOf.all(aspirationId);
  }
  /** Every live saved check, grouped by aspiration, oldest first within each. */
  allSaved(): CheckRow[] {
    return this.s.allSaved.all();
  }
  allDrafts(): CheckRow[] {
    return this.s.allDrafts.all();
  }
  insert(row: CheckRow): void {
    this.s.insert.run(row);
  }
  update(row: CheckRow): void {
    this.s.update.run(row);
  }
}

/** One repository per open database, so statements are prepared once. */
export const valuesRepository = onePerDatabase((db) => new ValuesRepository(db));
