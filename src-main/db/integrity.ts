import { connect, type Db, type FileAccess } from './open';

export type CheckResult = { ok: true } | { ok: false; problems: string[] };

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

/** True for the errors SQLite raises when the bytes of a database file (or its WAL) are damaged. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (DAMAGE_CODES.has(code) || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * Runs `quick_check` (fast: pages and records) or `integrity_check` (also every index) on an open
 * connection. A damage error thrown half-way counts as a failed check, not as a crash.
 */
export function checkDatabase(db: Db, level: 'quick' | 'full' = 'quick'): CheckResult {
  try {
    const rows = db
      .prepare(level === 'quick' ? 'PRAGMA quick_check(20)' : 'PRAGMA integrity_check(20)')
      .pluck()
      .all() as string[];
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
  options: FileAccess & { level?: 'quick' | 'full' } = {},
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
