import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFileName, archiveToText, readTable, toCell } from '../archive/export';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type Archive,
  type ArchiveRow,
} from '../archive/format';
import { EXPORTS_FOLDER } from '../archive/markdown-export';
import { dataTables, quoteIdentifier, type TableInfo } from '../archive/schema';
import type { SalvageResult } from '../contract/backup';
import { connect, type Db, type FileAccess } from '../db/open';

function rowidsFrom(db: Db, table: TableInfo, direction: 'ASC' | 'DESC'): number[] {
  const found: number[] = [];
  try {
    const statement = db
      .prepare(`SELECT rowid FROM ${quoteIdentifier(table.name)} ORDER BY rowid ${direction}`)
      .pluck();
    for (const rowid of statement.iterate() as Iterable<number>) found.push(rowid);
  } catch {
    // The walk stopped at a damaged page; what came before it is still good.
  }
  return found;
}

/** Row by row, from both ends of the table, so one damaged page costs only the rows on it. */
function readAroundDamage(db: Db, table: TableInfo): { rows: ArchiveRow[]; unreadable: number } {
  const rowids = [
    ...new Set([...rowidsFrom(db, table, 'ASC'), ...rowidsFrom(db, table, 'DESC')]),
  ].sort((a, b) => a - b);
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const one = db
    .prepare(`SELECT ${columns} FROM ${quoteIdentifier(table.name)} WHERE rowid = ?`)
    .raw(true)
    .safeIntegers(true);
  const rows: ArchiveRow[] = [];
  let unreadable = 0;
  for (const rowid of rowids) {
    try {
      const values = one.get(rowid) as unknown[] | undefined;
      if (!values) continue;
      const row: ArchiveRow = {};
      table.columns.forEach((column, index) => (row[column.name] = toCell(values[index])));
      rows.push(row);
    } catch {
      unreadable++;
    }
  }
  // Rows are lost where the walk could not reach; count at least one so the person is told.
  return { rows, unreadable: rows.length === 0 && rowids.length === 0 ? 1 : unreadable };
}

/**
 * Exports what can still be read from a damaged journal, in the ordinary export format (so it can
 * be imported into a restored or new journal). Works on a copy in a temporary folder: the damaged
 * file itself is only read, never opened by SQLite.
 */
export function salvageJournal(
  databaseFile: string,
  dataDir: string,
  now: Date,
  appVersion: string,
  access: FileAccess = {},
): SalvageResult {
  const work = mkdtempSync(join(tmpdir(), 'waymark-salvage-'));
  try {
    const copy = join(work, 'journal.sqlite');
    copyFileSync(databaseFile, copy);
    if (existsSync(`${databaseFile}-wal`)) copyFileSync(`${databaseFile}-wal`, `${copy}-wal`);
    const db = connect(copy, { ...access, fileMustExist: true });
    try {
      let tables: TableInfo[] = [];
      try {
        tables = dataTables(db);
      } catch {
        // The schema itself is unreadable: nothing can be named, so nothing can be saved.
      }
      const archive: Archive = {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        schemaVersion: (() => {
          try {
            return db.pragma('user_version', { simple: true }) as number;
          } catch {
            return 0;
          }
        })(),
        exportedAt: now.toISOString(),
        app: { version: appVersion },
        tables: {},
      };
      const result: SalvageResult = { file: '', tables: [] };
      for (const table of tables) {
        let rows: ArchiveRow[];
        let unreadable = 0;
        try {
          rows = readTable(db, table);
        } catch {
          ({ rows, unreadable } = readAroundDamage(db, table));
        }
        archive.tables[table.name] = { rows };
        result.tables.push({ name: table.name, rows: rows.length, unreadable });
      }
      const folder = join(dataDir, EXPORTS_FOLDER);
      mkdirSync(folder, { recursive: true });
      result.file = join(
        folder,
        exportFileName(now).replace('waymark-export-', 'waymark-salvage-'),
      );
      writeFileSync(result.file, archiveToText(archive));
      return result;
    } finally {
      db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
