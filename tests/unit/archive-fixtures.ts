import { expect } from 'vitest';
import { archiveToText, exportArchive } from '../../src-main/archive/export';
import { ApiError } from '../../src-main/contract/errors';
import type { Db } from '../../src-main/db/open';
import { createEntry, trashEntry, updateEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';

/** The archive tests' shared set-ups: a journal with every kind of row, and how a refusal reads. */
export const NOW = new Date('2025-04-01T09:30:00.000Z');

/** Tables only this test has: they prove export and import follow the schema, not a list. */
export function addThrowawayTables(db: Db): void {
  db.exec(`
    CREATE TABLE test_extra (
      k TEXT PRIMARY KEY, n INTEGER, r REAL, b BLOB, anything, t TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE test_child (
      id TEXT PRIMARY KEY, parent_id TEXT NOT NULL REFERENCES test_parent (id)
    );
    CREATE TABLE test_parent (id TEXT PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE test_pair (a INTEGER, b TEXT, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
    CREATE VIRTUAL TABLE test_search USING fts5 (body);
  `);
}

export function fillEverything(db: Db): void {
  createEntry(
    db,
    {
      id: 'e1',
      entryDate: '2025-01-02',
      body: docFromParagraphs(['Café with my mentor', 'Ask for a stretch project.']),
    },
    NOW,
  );
  createEntry(
    db,
    { id: 'e2', entryDate: '2025-02-03', body: docFromParagraphs(['Pitch day']) },
    NOW,
  );
  updateEntry(db, { id: 'e2', body: docFromParagraphs(['Pitch day', 'We won.']) }, NOW);
  createEntry(
    db,
    { id: 'e3', entryDate: '2025-03-04', body: docFromParagraphs(['A draft I binned']) },
    NOW,
  );
  trashEntry(db, 'e3', NOW);
  db.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'dark')").run();
  const extra = db.prepare(
    'INSERT INTO test_extra (k, n, r, b, anything, t) VALUES (?, ?, ?, ?, ?, ?)',
  );
  extra.run(
    'big',
    2n ** 60n,
    1.5,
    Buffer.from([0, 1, 2, 255]),
    'text in an untyped column',
    'ünïcødé ✓ \u2028',
  );
  extra.run('small', -7, 3, null, 42, '');
  extra.run('inf', 0, Infinity, Buffer.alloc(0), 2.5, 'x');
  db.prepare("INSERT INTO test_parent VALUES ('p1', 'Parent')").run();
  db.prepare("INSERT INTO test_child VALUES ('c1', 'p1')").run();
  db.prepare("INSERT INTO test_pair VALUES (1, 'one', 'first'), (1, 'two', NULL)").run();
  db.prepare("INSERT INTO test_search (rowid, body) VALUES (1, 'derived text')").run();
}

export function exportText(db: Db): string {
  return archiveToText(exportArchive(db, NOW, '0.1.0'));
}

export function expectRefused(run: () => unknown, message: RegExp): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_input');
    expect((error as ApiError).message).toMatch(message);
    expect((error as ApiError).message).toMatch(/Nothing was imported\.$/);
    return error as ApiError;
  }
  throw new Error('The import was not refused.');
}
