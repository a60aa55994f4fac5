import { connect, type Db, type FileAccess } from './open';

export type CheckResult = { ok: true } | { ok: false; problems: string[] };

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

/** True for the errors SQLite raises when the bytes of a database file (or its WAL) are damaged. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (DAMAGE_CODES.has(code) || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * `quick_check` of every ordinary table and its indexes, one at a time. Since SQLite 3.44 a plain
 * `PRAGMA quick_check` also runs each FTS5 table's own integrity check, which re-reads and
 * re-tokenises every indexed text (about a second for ten years of writing): too slow for the
 * check at every start. The search index is derived data, rebuilt from the entries, and its
 * shadow tables' pages are still checked here; the full check (`integrity_check`, run on every
 * backup) covers it completely.
 *
 * The same goes for `attachments`: checking it walks every page of every picture and file kept, so
 * the check at every start would grow with their size (seconds for gigabytes). Their bytes are
 * checked by the full check (integrity_check) run on every backup instead.
 */
export const SKIPPED_BY_QUICK_CHECK = ['attachments'];

function quickCheckTables(db: Db): string[] {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND (sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL TABLE%')`,
    )
    .pluck()
    .all()
    .filter((name) => !SKIPPED_BY_QUICK_CHECK.includes(name as string)) as string[];
  const problems: string[] = [];
  for (const table of tables) {
    const rows = db
      .prepare(`PRAGMA quick_check("${table.replace(/"/g, '""')}")`)
      .pluck()
      .all();
    for (const row of rows as string[]) if (row !== 'ok') problems.push(row);
    if (problems.length >= 20) break;
  }
  return problems;
}

/**
 * What is checked at start whatever the journal's size, in time that does not grow with it: the
 * header and the schema can be read (a file that is not a database, or a wrong key, fails here),
 * and the root of every table and index leads to a readable first row. Damage deeper in a large
 * journal is found by `quick_check` on a worker thread right after the first screen, and before
 * the first write in any case (see JournalSession.beforeWrite).
 */
function structureProblems(db: Db): string[] {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name FROM sqlite_schema
       WHERE type IN ('table', 'index') AND rootpage > 0`,
    )
    .all() as { type: string; name: string; tbl_name: string }[];
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const object of objects) {
    const sql =
      object.type === 'table'
        ? `SELECT 1 FROM ${quoted(object.name)} LIMIT 1`
        : `SELECT 1 FROM ${quoted(object.tbl_name)} INDEXED BY ${quoted(object.name)} LIMIT 1`;
    try {
      db.prepare(sql).all();
    } catch (error) {
      // An index the planner cannot use by name (a partial or automatic one) is read by quick_check.
      if (isDamageError(error)) return [(error as Error).message];
    }
  }
  return [];
}

/**
 * Runs `quick_check` (fast: pages and records of every ordinary table) or `integrity_check` (also
 * every index's contents and the full-text index) on an open connection. A damage error thrown
 * half-way counts as a failed check, not as a crash.
 */
export function checkDatabase(
  db: Db,
  level: 'structure' | 'quick' | 'full' = 'quick',
): CheckResult {
  try {
    if (level === 'structure') {
      const problems = structureProblems(db);
      return problems.length === 0 ? { ok: true } : { ok: false, problems };
    }
    if (level === 'quick') {
      const problems = quickCheckTables(db);
      return problems.length === 0 ? { ok: true } : { ok: false, problems };
    }
    const rows = db.prepare('PRAGMA integrity_check(20)').pluck().all() as string[];
    return rows.length === 1 && rows[0] === 'ok' ? { ok: true } : { ok: false, problems: rows };
  } catch (error) {
    if (isDamageError(error)) return { ok: false, problems: [(error as Error).message] };
    throw error;
  }
}

/**
 * Checks a database file through a read-only connection, so the check itself can never write to
 * (or checkpoint a WAL into) a file that may be damaged. Errors other than damage (a missing
 * folder, no permission) are thrown for the caller to report.
 */
export function checkFile(
  file: string,
  options: FileAccess & { level?: 'structure' | 'quick' | 'full' } = {},
): CheckResult {
  let db: Db | null = null;
  try {
    db = connect(file, { ...options, readonly: true, fileMustExist: true });
    return checkDatabase(db, options.level ?? 'quick');
  } catch (error) {
    if (isDamageError(error)) return { ok: false, problems: [(error as Error).message] };
    throw error;
  } finally {
    db?.close();
  }
}

/** `PRAGMA user_version` of a file, read without writing to it. */
export function fileSchemaVersion(file: string, access: FileAccess = {}): number {
  const db = connect(file, { ...access, readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
