/**
 * The plan's live goal and step rows, kept between reads until something writes to their tables.
 * The Plan, the Timeline and Export read the whole plan every time they open, while it changes
 * only when the person edits it; reading 2,500 rows again each time was most of `plan:tree`.
 *
 * What invalidates it, so it can never answer with rows that are not on disk:
 * - every insert, update or delete on `goals` or `goal_steps` through this connection, seen by
 *   temporary triggers (a rolled-back write also counts: it only costs a fresh read);
 * - a commit by any other connection to the file (`PRAGMA data_version`);
 * - a restore, a rekey or a reopen, which all bring a new connection, and with it a new cache.
 *
 * Only the rows are kept, as read: everything worked out from them (progress, warnings, which
 * depend on today's date) is worked out again on every read.
 */
import type { Db } from '../db/open';

const WATCHED = ['goals', 'goal_steps'] as const;

export class PlanRowsCache {
  private writes = 0;
  private readonly watching: boolean;
  private readonly dataVersion;
  private readonly kept = new Map<string, { writes: number; version: number; rows: unknown }>();

  constructor(db: Db) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.watching = this.watch(db);
  }

  /** The rows `read` returns, from the last read if nothing has written to the plan since. */
  rows<T>(key: string, read: () => T): T {
    if (!this.watching) return read();
    const version = this.dataVersion.get() as number;
    const kept = this.kept.get(key);
    if (kept && kept.writes === this.writes && kept.version === version) return kept.rows as T;
    const writes = this.writes;
    const rows = read();
    this.kept.set(key, { writes, version, rows });
    return rows;
  }

  /** Temporary triggers call back on every write; false where they cannot be made (nothing kept). */
  private watch(db: Db): boolean {
    try {
      db.function('waymark_plan_written', { deterministic: false }, () => {
        this.writes++;
        return null;
      });
      for (const table of WATCHED) {
        for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
          db.exec(
            `CREATE TEMP TRIGGER IF NOT EXISTS waymark_${table}_${event.toLowerCase()}
             AFTER ${event} ON main.${table} BEGIN SELECT waymark_plan_written(); END`,
          );
        }
      }
      return true;
    } catch {
      return false;
    }
  }
}
