import { ACHIEVEMENT, type Achievement } from '../contract/records/achievement';
import type { RowOf } from '../contract/records/define';
import type { Db } from '../db/open';
import { rowMapper } from '../plan/rows';
import { onePerDatabase } from '../db/per-database';

export type AchievementRow = RowOf<typeof ACHIEVEMENT.fields>;

/** An achievement's row with what it points at, as one join reads it. */
export interface AchievementJoinRow extends AchievementRow {
  entry_title: string | null;
  entry_date: string | null;
  entry_deleted_at: string | null;
  goal_title: string | null;
  goal_status: string | null;
  goal_aspiration_id: string | null;
  goal_deleted_at: string | null;
  goal_parent_deleted_at: string | null;
  /** Tag names joined by U+001F (the unit separator, which no tag holds). */
  tag_names: string | null;
}

export const achievementRows = rowMapper(ACHIEVEMENT);

const COLUMNS = ACHIEVEMENT.columns.join(', ');
const PARAMS = ACHIEVEMENT.columns.map((column) => `@${column}`).join(', ');
const ASSIGN = ACHIEVEMENT.columns
  .filter((column) => column !== 'id')
  .map((column) => `${column} = @${column}`)
  .join(', ');

/** Every statement about achievements, prepared once per database. */
export class AchievementRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare<[string], AchievementRow>(`SELECT ${COLUMNS} FROM achievements WHERE id = ?`),
      ofGoal: db.prepare<[string], AchievementRow>(
        `SELECT ${COLUMNS} FROM achievements WHERE goal_id = ? AND source = 'goal'`,
      ),
      insert: db.prepare<AchievementRow>(
        `INSERT INTO achievements (${COLUMNS}) VALUES (${PARAMS})`,
      ),
      update: db.prepare<AchievementRow>(`UPDATE achievements SET ${ASSIGN} WHERE id = @id`),
      // Live ones only: not deleted, not from an entry in the trash, and a goal's own only while
      // the goal and its aspiration are live.
      joined: db.prepare<[], AchievementJoinRow>(
        `SELECT ${ACHIEVEMENT.columns.map((column) => `a.${column}`).join(', ')},
           e.title AS entry_title, e.entry_date AS entry_date, e.deleted_at AS entry_deleted_at,
           g.title AS goal_title, g.status AS goal_status, g.aspiration_id AS goal_aspiration_id,
           g.deleted_at AS goal_deleted_at, ga.deleted_at AS goal_parent_deleted_at,
           (SELECT group_concat(t.name, char(31)) FROM entry_tags et JOIN tags t ON t.id = et.tag_id
             WHERE et.entry_id = a.entry_id) AS tag_names
         FROM achievements a
         LEFT JOIN entries e ON e.id = a.entry_id
         LEFT JOIN goals g ON g.id = a.goal_id
         LEFT JOIN aspirations ga ON ga.id = g.aspiration_id
         WHERE a.deleted_at IS NULL
           AND (a.entry_id IS NULL OR e.deleted_at IS NULL)
           AND (a.source <> 'goal' OR (g.deleted_at IS NULL AND ga.deleted_at IS NULL))
         ORDER BY a.happened_on DESC, a.created_at DESC, a.id`,
      ),
      aspirationTitle: db
        .prepare<[string], string>(
          'SELECT title FROM aspirations WHERE id = ? AND deleted_at IS NULL',
        )
        .pluck(),
    };
  }

  get(id: string): Achievement | null {
    const row = this.s.get.get(id);
    return row ? achievementRows.toRecord(row) : null;
  }

  /** The achievement the goal-done rule made for this goal, live or deleted. */
  ofGoal(goalId: string): Achievement | null {
    const row = this.s.ofGoal.get(goalId);
    return row ? achievementRows.toRecord(row) : null;
  }

  insert(achievement: Achievement): void {
    this.s.insert.run(achievementRows.toRow(achievement));
  }

  update(achievement: Achievement): void {
    this.s.update.run(achievementRows.toRow(achievement));
  }

  joined(): AchievementJoinRow[] {
    return this.s.joined.all();
  }

  liveAspirationTitle(id: string): string | null {
    return this.s.aspirationTitle.get(id) ?? null;
  }
}

/** One repository per open database, so statements are prepared once. */
export const achievementRepository = onePerDatabase((db) => new AchievementRepository(db));
