import { CHECK_IN } from '../contract/records/check-in';
import type { RowOf } from '../contract/records/define';
import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';
import { insertSql } from '../db/sql';

export type CheckInRow = RowOf<typeof CHECK_IN.fields>;

export const FIRST_RUN_KEY = 'welcome.outcome';
export const REMINDERS_ENABLED_KEY = 'reminders.enabled';
export const REMINDERS_TIME_KEY = 'reminders.time';
export const REMINDERS_LAST_SENT_KEY = 'reminders.lastSentOn';

/** Every SQL statement of Today, the check-ins and the welcome, prepared once per database. */
export class TodayRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      allAnswers: db.prepare<[], CheckInRow>(
        'SELECT * FROM goal_checkins ORDER BY goal_id, due_on, created_at',
      ),
      answersOf: db.prepare<[string], CheckInRow>(
        'SELECT * FROM goal_checkins WHERE goal_id = ? ORDER BY due_on, created_at',
      ),
      answer: db.prepare<[string, string], CheckInRow>(
        'SELECT * FROM goal_checkins WHERE goal_id = ? AND point = ?',
      ),
      insert: db.prepare<CheckInRow>(insertSql('goal_checkins', CHECK_IN.columns)),
    };
  }

  allAnswers(): CheckInRow[] {
    return this.s.allAnswers.all();
  }
  answersOf(goalId: string): CheckInRow[] {
    return this.s.answersOf.all(goalId);
  }
  answer(goalId: string, point: string): CheckInRow | undefined {
    return this.s.answer.get(goalId, point);
  }
  insert(row: CheckInRow): void {
    this.s.insert.run(row);
  }
}

/** One repository per open database, so statements are prepared once. */
export const todayRepository = onePerDatabase((db) => new TodayRepository(db));
