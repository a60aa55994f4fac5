import type { Statement } from '../db/sqlite';
import type { ImportSummary } from '../contract/archive';
import { ApiError, type FieldError } from '../contract/errors';
import { nestingDepth } from '../core/nesting';
import { LATEST_VERSION } from '../db/migrations';
import type { Db } from '../db/open';
import { describeIssues } from '../core/router';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  archiveSchema,
  type Archive,
  type ArchiveRow,
  type Cell,
} from './format';
import { afterImportHooks } from './hooks';
import { journalKeepsOwn, type KeepsOwn } from './merge-rules';
import { recordProblem } from './record-rules';
import { dataTables, quoteIdentifier, type ColumnInfo, type TableInfo } from './schema';

const NOTHING = 'Nothing was imported.';
const MAX_PROBLEMS = 20;

function refuse(message: string, fields: FieldError[] = []): never {
  throw new ApiError('invalid_input', `${message} ${NOTHING}`, fields);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse with a message that says whether the file was cut short or is simply not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
    const cutShort =
      /end of JSON input|Unterminated/.test(message) || position >= text.trimEnd().length;
    if (cutShort) {
      refuse(
        'This file is incomplete: it ends before its data does (was it cut off while being copied or downloaded?).',
      );
    }
    refuse(`This file is not a Waymark export: it is not valid JSON (${message}).`);
  }
}

/** A `__proto__` key survives JSON.parse but vanishes in any copy: refuse it rather than lose it. */
function hasProtoKey(data: unknown): boolean {
  const stack = [data];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Object.prototype.hasOwnProperty.call(item, '__proto__')) return true;
    for (const child of Object.values(item)) stack.push(child);
  }
  return false;
}

/** The envelope first, so a wrong file or a wrong version gets its own clear sentence. */
function checkEnvelope(data: unknown): void {
  if (hasProtoKey(data)) {
    refuse('This file has a field named “__proto__”, which no Waymark export has.');
  }
  if (nestingDepth(data, 16) > 16)
    refuse('This file is nested far too deeply to be a Waymark export.');
  if (!isRecord(data) || data.format !== ARCHIVE_FORMAT) {
    refuse(
      'This file is not a Waymark export (it does not start with "format": "waymark-export").',
    );
  }
  const version = data.formatVersion;
  if (typeof version !== 'number')
    refuse('This export does not say which version of the format it uses.');
  if (version > ARCHIVE_FORMAT_VERSION) {
    refuse(
      `This file was exported by a newer version of Waymark (export format ${version}; this version reads format ${ARCHIVE_FORMAT_VERSION}). Update Waymark to import it.`,
    );
  }
  if (version !== ARCHIVE_FORMAT_VERSION)
    refuse(`This export uses an unknown format version (${version}).`);
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > LATEST_VERSION) {
    refuse(
      `This file comes from a newer version of Waymark (journal format ${data.schemaVersion}; this version reads up to ${LATEST_VERSION}). Update Waymark to import it.`,
    );
  }
}

function isWhole(value: Cell): boolean {
  return (
    (typeof value === 'number' && Number.isInteger(value)) || (isRecord(value) && '$int' in value)
  );
}

/** Does the value suit the column, going by the column's declared type (its affinity)? */
function typeProblem(column: ColumnInfo, value: Cell): string | null {
  if (value === null) return column.notNull && !column.hasDefault ? 'This is required.' : null;
  const isBlob = isRecord(value) && '$blob' in value;
  switch (column.affinity) {
    case 'INTEGER':
      return isWhole(value) ? null : 'This should be a whole number.';
    case 'REAL':
      return typeof value === 'number' || (isRecord(value) && !isBlob)
        ? null
        : 'This should be a number.';
    case 'TEXT':
      return typeof value === 'string' ? null : 'This should be text.';
    case 'NUMERIC':
      return isBlob ? 'This should be a number or text.' : null;
    case 'BLOB':
      return null;
  }
}

/**
 * Checks every table, column, key and value against the journal this Waymark has open, and every
 * value the API writes against the API's own rules (dates, rich text, lengths).
 */
function checkAgainstSchema(archive: Archive, known: Map<string, TableInfo>): void {
  const problems: FieldError[] = [];
  let firstSentence = '';
  const add = (path: string, message: string, sentence: string) => {
    if (problems.length === 0) firstSentence = sentence;
    problems.push({ path, message });
  };
  for (const [name, { rows }] of Object.entries(archive.tables)) {
    const table = known.get(name);
    if (!table) {
      const message = `Waymark has no table named “${name}”.`;
      add(
        `tables.${name}`,
        message,
        `This file does not fit this journal (tables.${name}: ${message})`,
      );
      continue;
    }
    const columns = new Map(table.columns.map((column) => [column.name, column]));
    for (let index = 0; index < rows.length && problems.length < MAX_PROBLEMS; index++) {
      const row = rows[index] as ArchiveRow;
      const at = `tables.${name}.rows.${index}`;
      const inRow = (key: string, message: string) =>
        add(
          `${at}.${key}`,
          message,
          `Row ${index + 1} of “${name}” does not fit this journal (${key}: ${message})`,
        );
      for (const [key, value] of Object.entries(row)) {
        const column = columns.get(key);
        if (!column) inRow(key, `“${name}” has no column named “${key}”.`);
        else {
          const problem = typeProblem(column, value) ?? recordProblem(name, key, value);
          if (problem) inRow(key, problem);
        }
      }
      for (const column of table.columns) {
        if (column.pk > 0 && (row[column.name] ?? null) === null) {
          inRow(column.name, 'Every row needs its key.');
        } else if (column.notNull && !column.hasDefault && !(column.name in row)) {
          inRow(column.name, 'This is required.');
        }
      }
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) refuse(firstSentence, problems);
}

/** Reads and checks a whole export file without touching the journal. */
export function readArchive(db: Db, text: string): Archive {
  const data = parseJson(text);
  checkEnvelope(data);
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    const fields = describeIssues(parsed.error.issues);
    const first = fields[0];
    refuse(
      `This file is not a valid Waymark export (${first?.path || 'file'}: ${first?.message ?? 'unknown problem'})`,
      fields.slice(0, MAX_PROBLEMS),
    );
  }
  const archive = parsed.data as Archive;
  checkAgainstSchema(archive, new Map(dataTables(db).map((table) => [table.name, table])));
  return archive;
}

/** A JSON cell as the value SQLite stores: whole numbers as 64-bit integers, tagged values decoded. */
export function toSqlValue(value: Cell): null | number | bigint | string | Buffer {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if ('$int' in value) return BigInt(value.$int);
  if ('$real' in value) return value.$real === 'Infinity' ? Infinity : -Infinity;
  return Buffer.from(value.$blob, 'base64');
}

/**
 * Imports an export file into the open journal: checks the whole file first, then adds its rows in
 * one transaction. A row whose primary key is already in the journal is left as the journal has it,
 * so importing the same file twice adds nothing the second time. Any failure changes nothing.
 * `backup` runs once the file has passed its checks, before anything is written.
 */
export function importArchive(
  db: Db,
  text: string,
  options: { backup?: () => string | null } = {},
): ImportSummary {
  const archive = readArchive(db, text);
  const known = new Map(dataTables(db).map((table) => [table.name, table]));
  const backup = options.backup?.() ?? null;
  return db
    .transaction(() => {
      // References between tables are checked at the end, so rows may come in any order.
      db.pragma('defer_foreign_keys = ON');
      const summary: ImportSummary = { tables: [], added: 0, alreadyPresent: 0, backup };
      const names = Object.keys(archive.tables).sort();
      const keepsOwn = journalKeepsOwn(db, names);
      for (const name of names) {
        const table = known.get(name) as TableInfo;
        const rows = archive.tables[name]?.rows ?? [];
        const counts = insertRows(db, table, rows, keepsOwn.get(name));
        summary.tables.push({ name, ...counts });
        summary.added += counts.added;
        summary.alreadyPresent += counts.alreadyPresent;
      }
      const dangling = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (dangling[0]) {
        refuse(
          `Rows of “${dangling[0].table}” in this file refer to “${dangling[0].parent}” rows that are neither in the file nor in the journal.`,
        );
      }
      for (const hook of afterImportHooks) hook(db, summary);
      return summary;
    })
    .immediate();
}

/** A refused insert in words: a clash with a row already there, or the database's own reason. */
function insertProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unique = /^UNIQUE constraint failed: (.*)$/.exec(message);
  if (!unique?.[1]) return message;
  const columns = unique[1].startsWith('index ')
    ? []
    : unique[1].split(', ').map((column) => column.slice(column.indexOf('.') + 1));
  const same =
    columns.length === 0
      ? 'the same values where only one row may have them'
      : `the same ${columns.length > 1 ? `${columns.slice(0, -1).join(', ')} and ${columns.at(-1)}` : columns[0]}`;
  return `the journal or this file already has a row with ${same}`;
}

function insertRows(
  db: Db,
  table: TableInfo,
  rows: ArchiveRow[],
  keepsOwn?: KeepsOwn,
): { added: number; alreadyPresent: number } {
  const quoted = quoteIdentifier(table.name);
  // Without a declared key, a row counts as present when every column matches.
  const keyFor = (row: ArchiveRow) =>
    table.primaryKey.length > 0 ? table.primaryKey : Object.keys(row);
  const existsCache = new Map<string, Statement<unknown[]>>();
  const insertCache = new Map<string, Statement<unknown[]>>();
  let added = 0;
  let alreadyPresent = 0;
  rows.forEach((row, index) => {
    const key = keyFor(row);
    const keySignature = key.join('\u0000');
    let exists = existsCache.get(keySignature);
    if (!exists) {
      const where = key.map((column) => `${quoteIdentifier(column)} IS ?`).join(' AND ');
      exists = db.prepare<unknown[]>(`SELECT 1 FROM ${quoted} WHERE ${where} LIMIT 1`);
      existsCache.set(keySignature, exists);
    }
    if (keepsOwn?.(row) || exists.get(...key.map((column) => toSqlValue(row[column] ?? null)))) {
      alreadyPresent++;
      return;
    }
    const columns = Object.keys(row);
    const signature = columns.join('\u0000');
    let insert = insertCache.get(signature);
    if (!insert) {
      insert = db.prepare<unknown[]>(
        `INSERT INTO ${quoted} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      insertCache.set(signature, insert);
    }
    try {
      insert.run(...columns.map((column) => toSqlValue(row[column] as Cell)));
    } catch (error) {
      const problem = insertProblem(error);
      refuse(`Row ${index + 1} of “${table.name}” does not fit this journal (${problem}).`, [
        { path: `tables.${table.name}.rows.${index}`, message: problem },
      ]);
    }
    added++;
  });
  return { added, alreadyPresent };
}
