import { describe, expect, it } from 'vitest';
import { listAchievements } from '../../src-main/achievements/service';
import { ACHIEVEMENT } from '../../src-main/contract/records/achievement';
import { migrate, schemaVersion } from '../../src-main/db/migrate';
import { migrations } from '../../src-main/db/migrations';
import Database from '../../src-main/db/sqlite';

const before = migrations.filter((migration) => migration.version < 12);

function journalBefore() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: before });
  const stamp = '2025-05-01T09:00:00.000Z';
  db.prepare(
    `INSERT INTO aspirations (id, title, statement_json, created_at, updated_at)
     VALUES ('a1', 'Lead a team', '{"type":"doc"}', ?, ?)`,
  ).run(stamp, stamp);
  const goal = db.prepare(
    `INSERT INTO goals (id, aspiration_id, title, metric_name, metric_unit, metric_target,
       metric_current, due_date, status, completed_on, created_at, updated_at)
     VALUES (?, 'a1', ?, ?, ?, ?, ?, '2025-12-31', ?, ?, ?, ?)`,
  );
  goal.run('g1', 'Win 50 pitches', 'pitches won', '', 50, 52, 'done', '2025-04-30', stamp, stamp);
  goal.run('g2', 'Get a mentor', '', '', null, null, 'done', '2025-03-01', stamp, stamp);
  goal.run('g3', 'Speak at a conference', '', '', null, null, 'planned', null, stamp, stamp);
  return db;
}

describe('migration 0012: achievements', () => {
  it('adds the table the record declares', () => {
    const db = journalBefore();
    migrate(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(12);
    const columns = (
      db.prepare('SELECT name FROM pragma_table_info(?)').all('achievements') as { name: string }[]
    )
      .map(({ name }) => name)
      .sort();
    expect(columns).toEqual([...ACHIEVEMENT.columns].sort());
  });

  it('turns the goals already done into achievements, once', () => {
    const db = journalBefore();
    migrate(db);
    const made = listAchievements(db).map((a) => [
      a.result,
      a.metricValue,
      a.metricUnit,
      a.happenedOn,
      a.source,
    ]);
    expect(made).toEqual([
      ['Win 50 pitches', 52, 'pitches won', '2025-04-30', 'goal'],
      ['Get a mentor', null, '', '2025-03-01', 'goal'],
    ]);
    migrate(db);
    expect(listAchievements(db)).toHaveLength(2);
  });

  it('refuses a second goal-made achievement for one goal', () => {
    const db = journalBefore();
    migrate(db);
    expect(() =>
      db
        .prepare(
          `INSERT INTO achievements (id, source, goal_id, result, happened_on, created_at, updated_at)
           VALUES ('x', 'goal', 'g1', 'Again', '2025-05-01', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
