import { NewerDatabaseError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations';
import type { Db } from './sqlite';

export interface MigrateOptions {
  /** Called before the first pending migration runs, so a backup can be taken. */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /** Migrations to apply instead of the built-in list (tests). */
  migrations?: Migration[];
}

/**
 * Which migrations a journal has, by number and name. Numbers are reserved in advance on parallel
 * branches, so one can land after a higher one has shipped: a journal is brought up to date by
 * what it lacks, not by what lies above its `user_version`, which would skip the late one.
 */
export const LEDGER_TABLE = 'schema_migrations';

const LEDGER = `CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasLedger(db: Db): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
      .get() !== undefined
  );
}

/** The migrations already in the file. A journal from before the ledger has all up to its version. */
function appliedMigrations(db: Db, list: Migration[]): Map<number, string> {
  if (!hasLedger(db)) {
    const current = schemaVersion(db);
    return new Map(list.filter((m) => m.version <= current).map((m) => [m.version, m.name]));
  }
  const rows = db.prepare('SELECT version, name FROM schema_migrations').all() as Migration[];
  return new Map(rows.map((row) => [row.version, row.name]));
}

function latestOf(options: MigrateOptions): number {
  return options.migrations ? (options.migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
}

/** Refuses, without writing anything, a journal that holds a migration this version does not know. */
export function assertNotNewer(db: Db, options: MigrateOptions = {}): void {
  const list = options.migrations ?? migrations;
  const latest = latestOf(options);
  const current = schemaVersion(db);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const known = new Map(list.map((m) => [m.version, m.name]));
  for (const [version, name] of appliedMigrations(db, list)) {
    if (known.get(version) !== name) throw new NewerDatabaseError(current, latest, name);
  }
}

/** How many migrations the journal lacks (read only: nothing is written). */
export function pendingMigrations(db: Db, options: MigrateOptions = {}): number {
  const list = options.migrations ?? migrations;
  const applied = appliedMigrations(db, list);
  const missing = list.filter((migration) => !applied.has(migration.version)).length;
  // A journal from before the ledger is written to once, to record what it has.
  return missing > 0 || hasLedger(db) ? missing : 1;
}

/** Applies every migration the journal lacks in one transaction; on any failure nothing is applied. */
export function migrate(db: Db, options: MigrateOptions = {}): number {
  const list = options.migrations ?? migrations;
  const latest = latestOf(options);
  assertNotNewer(db, options);
  const current = schemaVersion(db);
  const applied = appliedMigrations(db, list);
  const pending = list.filter((migration) => !applied.has(migration.version));
  const ledger = hasLedger(db);
  if (pending.length === 0 && (ledger || db.readonly)) return current;
  if (pending.length > 0) options.beforeMigrate?.(db, current, latest);
  const record = () =>
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    db.exec(LEDGER);
    const insert = record();
    const now = new Date().toISOString();
    if (!ledger) for (const [version, name] of applied) insert.run(version, name, now);
    for (const migration of pending) {
      db.exec(migration.sql);
      insert.run(migration.version, migration.name, now);
    }
    db.pragma(`user_version = ${Math.max(current, latest)}`);
  }).immediate();
  return latest;
}
