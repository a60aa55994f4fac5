import type { Db } from '../db/open';
import { LEDGER_TABLE } from '../db/migrate';

export type Affinity = 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC';

export interface ColumnInfo {
  name: string;
  declaredType: string;
  affinity: Affinity;
  notNull: boolean;
  hasDefault: boolean;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** Primary-key columns in key order; empty for a table without a declared key. */
  primaryKey: string[];
}

/** SQLite's rules for a column's affinity from its declared type (section 3.1 of "Datatypes"). */
export function affinityOf(declaredType: string): Affinity {
  const type = declaredType.toUpperCase();
  if (type.includes('INT')) return 'INTEGER';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'TEXT';
  if (type.includes('BLOB') || type === '') return 'BLOB';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The journal's own data tables, read from the schema itself so tables added by any migration are
 * included without anyone listing them: every ordinary table of the main database except SQLite's
 * internal ones. Virtual tables (an FTS5 search index) and their shadow tables hold derived data
 * that is rebuilt from the real tables, so they are left out.
 */
/**
 * Ordinary tables that only mirror other tables (the search index's document map, what each entry
 * and kept version refers to among the attachments). They are rebuilt after an import (by the
 * hooks in `hooks.ts`, or by the triggers that fill them as entries are written), never exported.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  'search_documents',
  'entry_attachments',
  'snapshot_attachments',
]);

/**
 * This computer's own sync state (its device id, the sync key and password, what it has sent and
 * seen): it belongs to this computer, never travels in an export, and an import never brings in
 * another computer's.
 */
const COMPUTER_TABLES: ReadonlySet<string> = new Set([
  'sync_state',
  'sync_records',
  'sync_dirty',
  'sync_outbox',
  'sync_seen',
  'sync_versions',
  'sync_typed_on',
]);

/** The file's record of its own format: each journal keeps its own, and an export names its version. */
const FORMAT_TABLES: ReadonlySet<string> = new Set([LEDGER_TABLE]);

export function dataTables(db: Db): TableInfo[] {
  const tables = db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
    .pluck()
    .all() as string[];
  return tables
    .filter(
      (name) =>
        !name.startsWith('sqlite_') &&
        !DERIVED_TABLES.has(name) &&
        !FORMAT_TABLES.has(name) &&
        !COMPUTER_TABLES.has(name),
    )
    .sort()
    .map((name) => tableInfo(db, name));
}

export function tableInfo(db: Db, name: string): TableInfo {
  const rows = db.prepare('SELECT * FROM pragma_table_info(?)').all(name) as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
  }[];
  const columns = rows.map((row) => ({
    name: row.name,
    declaredType: row.type,
    affinity: affinityOf(row.type),
    notNull: row.notnull === 1,
    hasDefault: row.dflt_value !== null,
    pk: row.pk,
  }));
  const primaryKey = columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  return { name, columns, primaryKey };
}
