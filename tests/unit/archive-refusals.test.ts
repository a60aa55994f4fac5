import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArchive } from '../../src-main/archive/import';
import { LATEST_VERSION } from '../../src-main/db/migrations';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal, totalChanges } from './helpers';
import { exportText, expectRefused } from './archive-fixtures';

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
