import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiveToText, exportArchive } from '../../src-main/archive/export';
import { onAfterImport } from '../../src-main/archive/hooks';
import { importArchive } from '../../src-main/archive/import';
import { dataTables } from '../../src-main/archive/schema';
import { listBackups } from '../../src-main/backup/backups';
import { ApiError } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { LATEST_VERSION } from '../../src-main/db/migrations';
import type { Db } from '../../src-main/db/open';
import {
  createEntry,
  getEntry,
  listEntries,
  trashEntry,
  updateEntry,
} from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal, totalChanges } from './helpers';

const NOW = new Date('2025-04-01T09:30:00.000Z');

/** Tables only this test has: they prove export and import follow the schema, not a list. */
function addThrowawayTables(db: Db): void {
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

function fillEverything(db: Db): void {
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

function exportText(db: Db): string {
  return archiveToText(exportArchive(db, NOW, '0.1.0'));
}

function expectRefused(run: () => unknown, message: RegExp): ApiError {
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

describe('export everything', () => {
  it('holds every row of every data table, with the format and schema versions', () => {
    const { db } = tempJournal();
    addThrowawayTables(db);
    fillEverything(db);
    const archive = exportArchive(db, NOW, '0.1.0');
    expect(archive).toMatchObject({
      format: 'waymark-export',
      formatVersion: 1,
      schemaVersion: LATEST_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(Object.keys(archive.tables)).toEqual([
      'achievements',
      'aspirations',
      'attachments',
      'entries',
      'entry_links',
      'entry_snapshots',
      'entry_tags',
      'goal_checkins',
      'goal_steps',
      'goals',
      'import_sources',
      'plan_revisions',
      'settings',
      'tags',
      'test_child',
      'test_extra',
      'test_pair',
      'test_parent',
      'values_checks',
    ]); // the search index (FTS5, its shadow tables, its document map) is derived: not exported
    expect(archive.tables.entries?.rows.map((row) => row.id)).toEqual(['e1', 'e2', 'e3']);
    expect(archive.tables.entries?.rows[2]).toMatchObject({
      id: 'e3',
      deleted_at: NOW.toISOString(),
    });
    expect(archive.tables.test_extra?.rows).toEqual([
      {
        k: 'big',
        n: { $int: String(2n ** 60n) },
        r: 1.5,
        b: { $blob: 'AAEC/w==' },
        anything: 'text in an untyped column',
        t: 'ünïcødé ✓ \u2028',
      },
      { k: 'inf', n: 0, r: { $real: 'Infinity' }, b: { $blob: '' }, anything: 2.5, t: 'x' },
      { k: 'small', n: -7, r: 3, b: null, anything: 42, t: '' },
    ]);
  });

  it('every table of the journal has a primary key, so an import can tell what is already there', () => {
    const { db } = tempJournal();
    for (const table of dataTables(db)) expect(table.primaryKey, table.name).not.toEqual([]);
  });
});

describe('import', () => {
  it('round trip: export, import into an empty journal, export again gives the same file', () => {
    const source = tempJournal({ now: () => NOW });
    addThrowawayTables(source.db);
    fillEverything(source.db);
    const first = exportText(source.db);

    const target = tempJournal({ now: () => NOW });
    addThrowawayTables(target.db);
    const summary = importArchive(target.db, first);
    expect(summary.added).toBe(3 + 1 + 3 + 1 + 2 + 1);
    expect(exportText(target.db)).toBe(first);
    expect(getEntry(target.db, 'e2')).toEqual(getEntry(source.db, 'e2'));
  });

  it('gives derived data a hook to rebuild itself inside the import', () => {
    const target = tempJournal();
    addThrowawayTables(target.db);
    const remove = onAfterImport((db, summary) => {
      expect(summary.added).toBeGreaterThan(0);
      db.exec('INSERT INTO test_search (rowid, body) SELECT rowid, body_text FROM entries');
    });
    try {
      const source = tempJournal();
      addThrowawayTables(source.db);
      fillEverything(source.db);
      importArchive(target.db, exportText(source.db));
    } finally {
      remove();
    }
    const found = target.db
      .prepare("SELECT body FROM test_search WHERE test_search MATCH 'mentor'")
      .pluck()
      .all();
    expect(found).toEqual(['Café with my mentor\nAsk for a stretch project.']);
  });

  it('merges into a journal that has entries of its own, and a second import adds nothing', () => {
    const source = tempJournal();
    createEntry(source.db, { id: 'shared', body: docFromParagraphs(['From the file']) });
    createEntry(source.db, { id: 'only-in-file', body: docFromParagraphs(['New to the journal']) });
    const text = exportText(source.db);

    const target = tempJournal();
    createEntry(target.db, { id: 'shared', body: docFromParagraphs(['Edited here since']) });
    createEntry(target.db, { id: 'mine', body: docFromParagraphs(['Only in the journal']) });
    const first = importArchive(target.db, text);
    expect(first).toMatchObject({ added: 1, alreadyPresent: 1 });
    const second = importArchive(target.db, text);
    expect(second).toMatchObject({ added: 0, alreadyPresent: 2 });
    expect(
      listEntries(target.db)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['mine', 'only-in-file', 'shared']);
    // The journal's own version of a row wins over the file's.
    expect(getEntry(target.db, 'shared').title).toBe('Edited here since');
  });

  it('accepts rows in any order between related tables, but not a reference to nothing', () => {
    const source = tempJournal();
    addThrowawayTables(source.db);
    source.db.prepare("INSERT INTO test_parent VALUES ('p1', 'Parent')").run();
    source.db.prepare("INSERT INTO test_child VALUES ('c1', 'p1')").run();
    const target = tempJournal();
    addThrowawayTables(target.db);
    // test_child sorts (and is inserted) before test_parent: references are checked at the end.
    expect(importArchive(target.db, exportText(source.db)).added).toBe(2);

    const orphan = JSON.parse(exportText(source.db));
    orphan.tables.test_parent.rows = [];
    orphan.tables.test_child.rows = [{ id: 'c2', parent_id: 'nobody' }];
    const empty = tempJournal();
    addThrowawayTables(empty.db);
    const before = exportText(empty.db);
    expectRefused(
      () => importArchive(empty.db, JSON.stringify(orphan)),
      /“test_child”.*refer to “test_parent”/,
    );
    expect(exportText(empty.db)).toBe(before);
  });

  it('takes a backup once the file has passed its checks, before writing', async () => {
    const source = tempJournal();
    createEntry(source.db, { id: 'one', body: docFromParagraphs(['One']) });
    const target = tempJournal();
    const router = createAppRouter(target);
    const bad = await router.call('archive:import', { text: '{"format": "something else"}' });
    expect(bad.ok).toBe(false);
    expect(listBackups(target.dataDir)).toEqual([]);
    const good = await router.call('archive:import', { text: exportText(source.db) });
    expect(good).toMatchObject({
      ok: true,
      value: { added: 1, backup: expect.stringMatching(/pre-import/) },
    });
    expect(listBackups(target.dataDir).map((b) => b.kind)).toEqual(['pre-import']);
  });
});

describe('import refuses a bad file with a clear message and changes nothing', () => {
  function freshTarget() {
    const target = tempJournal();
    createEntry(target.db, { id: 'existing', body: docFromParagraphs(['Already here']) });
    return target;
  }

  function goodText(): string {
    const source = tempJournal();
    createEntry(source.db, {
      id: 'a',
      entryDate: '2025-01-01',
      body: docFromParagraphs(['Alpha']),
    });
    createEntry(source.db, { id: 'b', entryDate: '2025-01-02', body: docFromParagraphs(['Beta']) });
    return exportText(source.db);
  }

  /** The file with one value of the first row of `table` replaced, as an edit by hand would. */
  const setCell =
    (table: string, column: string, value: unknown) =>
    (text: string): string => {
      const data = JSON.parse(text) as {
        tables: Record<string, { rows: Record<string, unknown>[] }>;
      };
      const row = data.tables[table]?.rows[0];
      if (!row) throw new Error(`No ${table} row to spoil.`);
      row[column] = value;
      return JSON.stringify(data);
    };

  /** Written out as text: JSON.stringify itself would overflow on 5,000 levels. */
  function nestedBody(levels: number, [open, close]: [string, string]): string {
    const inner = '{"type":"paragraph","content":[{"type":"text","text":"deep"}]}';
    return `{"type":"doc","content":[${open.repeat(levels)}${inner}${close.repeat(levels)}]}`;
  }
  const inList: [string, string] = [
    '{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph"},',
    ']}]}',
  ];
  const inQuote: [string, string] = ['{"type":"blockquote","content":[', ']}'];

  /** Records the API would refuse: each is refused with its row and the reason, and nothing is written. */
  const brokenRecords: [string, (text: string) => string, RegExp][] = [
    [
      'body_json that is not JSON',
      setCell('entries', 'body_json', '{"type": "doc", "content": ['),
      /Row 1 of “entries” does not fit this journal \(body_json: .*not valid JSON/,
    ],
    [
      'a document nested 5,000 levels in lists',
      setCell('entries', 'body_json', nestedBody(5_000, inList)),
      /Row 1 of “entries”.*body_json: .*lists can go 12 levels deep; move some items out a level/,
    ],
    [
      'a document nested 5,000 levels in quotes',
      setCell('entries', 'body_json', nestedBody(5_000, inQuote)),
      /Row 1 of “entries”.*body_json: This text is nested far too deeply/,
    ],
    [
      'a list one level deeper than the editor allows',
      setCell('entries', 'body_json', nestedBody(13, inList)),
      /body_json: This text is indented too deeply: lists can go 12 levels deep/,
    ],
    [
      'a 5,000,000-character text',
      setCell(
        'entries',
        'body_json',
        JSON.stringify({
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(5_000_000) }] },
          ],
        }),
      ),
      /Row 1 of “entries”.*body_json: .*1,?000,?000.*content\.0\.content\.0\.text/,
    ],
    [
      'a root node that is not doc',
      setCell('entries', 'body_json', JSON.stringify({ type: 'paragraph' })),
      /Row 1 of “entries”.*body_json: Rich text must start with a document node/,
    ],
    [
      'an entry date that does not exist',
      setCell('entries', 'entry_date', '2025-99-99'),
      /Row 1 of “entries” does not fit this journal \(entry_date: That date does not exist/,
    ],
    [
      'an entry date in the year 25',
      setCell('entries', 'entry_date', '0025-03-01'),
      /entry_date: Use a year from 1000 to 9999/,
    ],
    [
      'an id longer than the API takes',
      setCell('entries', 'id', 'x'.repeat(65)),
      /Row 1 of “entries”.*\(id: That id is too long/,
    ],
  ];

  const cases: [string, (text: string) => string, RegExp][] = [
    ['not JSON', () => 'Dear diary,', /not valid JSON/],
    ['another kind of JSON', () => '[1, 2, 3]', /not a Waymark export/],
    [
      'a newer export format',
      (t) => t.replace('"formatVersion": 1', '"formatVersion": 2'),
      /newer version of Waymark \(export format 2/,
    ],
    [
      'an unknown format version',
      (t) => t.replace('"formatVersion": 1', '"formatVersion": 0'),
      /unknown format version/,
    ],
    [
      'a newer journal format',
      (t) =>
        t.replace(`"schemaVersion": ${LATEST_VERSION}`, `"schemaVersion": ${LATEST_VERSION + 1}`),
      /journal format \d+; this version reads up to/,
    ],
    [
      'an unknown field',
      (t) => t.replace('"format":', '"extra": true, "format":'),
      /not a valid Waymark export.*extra/,
    ],
    [
      'an unknown table',
      (t) => t.replace('"settings":', '"secrets": { "rows": [] }, "settings":'),
      /no table named “secrets”/,
    ],
    [
      'an unknown column',
      (t) => t.replace('"title":', '"mood": "great", "title":'),
      /no column named “mood”/,
    ],
    [
      'a column named __proto__',
      (t) => t.replace('"title":', '"__proto__": "x", "title":'),
      /field named “__proto__”/,
    ],
    [
      'a wrong type',
      (t) => t.replace(/"word_count": \d+/, '"word_count": "many"'),
      /word_count: This should be a whole number/,
    ],
    ['a missing key', (t) => t.replace('"id": "a",', ''), /Every row needs its key/],
    [
      'a value the journal does not allow',
      (t) => t.replace('"entry_date": "2025-01-01"', '"entry_date": "soon"'),
      /Row 1 of “entries” does not fit this journal \(entry_date: Use a date in the form YYYY-MM-DD/,
    ],
    [
      'a huge string',
      (t) => t.replace('"title": "Alpha"', `"title": "${'x'.repeat(10_000_001)}"`),
      /too long/,
    ],
    [
      'deep nesting',
      (t) => t.replace('"title": "Alpha"', `"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      /nested far too deeply/,
    ],
    [
      'a tagged value that is not',
      (t) => t.replace('"title": "Alpha"', '"title": {"$blob": "!!"}'),
      /not a valid Waymark export/,
    ],
  ];

  it.each([...cases, ...brokenRecords])('%s', (_name, spoil, message) => {
    const target = freshTarget();
    const before = totalChanges(target);
    expectRefused(() => importArchive(target.db, spoil(goodText())), message);
    expect(totalChanges(target)).toBe(before);
    expect(listEntries(target.db).map((e) => e.id)).toEqual(['existing']);
  });

  it('any truncation of a valid file is refused as incomplete', () => {
    const target = freshTarget();
    const text = goodText();
    const before = totalChanges(target);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.trimEnd().length - 1 }), (cut) => {
        const error = expectRefused(() => importArchive(target.db, text.slice(0, cut)), /./);
        expect(error.message).toMatch(/incomplete|not valid JSON/);
      }),
      { numRuns: 200 },
    );
    expect(totalChanges(target)).toBe(before);
  });
});
