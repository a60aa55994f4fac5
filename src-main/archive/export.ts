import type { Db } from '../db/open';
import { schemaVersion } from '../db/migrate';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type Archive,
  type ArchiveRow,
  type Cell,
} from './format';
import { dataTables, quoteIdentifier, type TableInfo } from './schema';

/** A SQLite value as JSON can carry it without loss (see FORMAT.md, "Values"). */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : { $int: value.toString() };
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $real: value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') };
  throw new Error(`A value of type ${typeof value} cannot be exported.`);
}

export function orderClause(table: TableInfo): string {
  return table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdentifier).join(', ') : 'rowid';
}

/** Every row of one table, in primary-key order, each as an object keyed by column name. */
export function readTable(db: Db, table: TableInfo): ArchiveRow[] {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const statement = db
    .prepare(`SELECT ${columns} FROM ${quoteIdentifier(table.name)} ORDER BY ${orderClause(table)}`)
    .raw(true)
    .safeIntegers(true);
  const rows: ArchiveRow[] = [];
  for (const values of statement.iterate() as Iterable<unknown[]>) {
    const row: ArchiveRow = {};
    table.columns.forEach((column, index) => (row[column.name] = toCell(values[index])));
    rows.push(row);
  }
  return rows;
}

/**
 * Everything in the journal: every row of every data table, read in one transaction so the file is
 * a consistent snapshot, with the export format's version and the journal's schema version.
 */
export function exportArchive(db: Db, now: Date, appVersion: string): Archive {
  return db.transaction(() => {
    const tables: Archive['tables'] = {};
    for (const table of dataTables(db)) tables[table.name] = { rows: readTable(db, table) };
    return {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      schemaVersion: schemaVersion(db),
      exportedAt: now.toISOString(),
      app: { version: appVersion },
      tables,
    } satisfies Archive;
  })();
}

export function archiveToText(archive: Archive): string {
  return `${JSON.stringify(archive, null, 2)}\n`;
}

export function exportFileName(now: Date): string {
  return `waymark-export-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`;
}
