import { NewerDatabaseError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations';
import type { Db } from './sqlite';

export interface MigrateOptions {
  /** Called before the first pending migration runs, so a backup can be taken. */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /** Migrations to apply instead of the built-in list (tests). */
  migrations?: Migration[];
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(db: Db, options: MigrateOptions = {}): void {
  const latest = options.migrations ? (options.migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
  const current = schemaVersion(db);
  if (current > latest) throw new NewerDatabaseError(current, latest);
}

/** Applies every pending migration in one transaction; on any failure nothing is applied. */
export function migrate(db: Db, options: MigrateOptions = {}): number {
  const list = options.migrations ?? migrations;
  const latest = options.migrations ? (list.at(-1)?.version ?? 0) : LATEST_VERSION;
  assertNotNewer(db, options);
  const current = schemaVersion(db);
  if (current === latest) return current;
  options.beforeMigrate?.(db, current, latest);
  const pending = list.filter((migration) => migration.version > current);
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
