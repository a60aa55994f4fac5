import { describe, expect, it } from 'vitest';
import { exportArchive } from '../../src-main/archive/export';
import { onAfterImport } from '../../src-main/archive/hooks';
import { importArchive } from '../../src-main/archive/import';
import { dataTables } from '../../src-main/archive/schema';
import { listBackups } from '../../src-main/backup/backups';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { LATEST_VERSION } from '../../src-main/db/migrations';
import { createEntry, getEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal } from './helpers';
import * as fixture from './archive-fixtures';

describe('export everything', () => {
  it('holds every row of every data table, with the format and schema versions', () => {
    const { db } = tempJournal();
    fixture.addThrowawayTables(db);
    fixture.fillEverything(db);
    const archive = exportArchive(db, fixture.NOW, '0.1.0');
    expect(archive).toMatchObject({
      format: 'waymark-export',
      formatVersion: 1,
      schemaVersion: LATEST_VERSION,
      exportedAt: fixture.NOW.toISOString(),
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
      deleted_at: fixture.NOW.toISOString(),
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
    const source = tempJournal({ now: () => fixture.NOW });
    fixture.addThrowawayTables(source.db);
    fixture.fillEverything(source.db);
    const first = fixture.exportText(source.db);

    const target = tempJournal({ now: () => fixture.NOW });
    fixture.addThrowawayTables(target.db);
    const summary = importArchive(target.db, first);
    expect(summary.added).toBe(3 + 1 + 3 + 1 + 2 + 1);
    expect(fixture.exportText(target.db)).toBe(first);
    expect(getEntry(target.db, 'e2')).toEqual(getEntry(source.db, 'e2'));
  });

  it('gives derived data a hook to rebuild itself inside the import', () => {
    const target = tempJournal();
    fixture.addThrowawayTables(target.db);
    const remove = onAfterImport((db, summary) => {
      expect(summary.added).toBeGreaterThan(0);
      db.exec('INSERT INTO test_search (rowid, body) SELECT rowid, body_text FROM entries');
    });
    try {
      const source = tempJournal();
      fixture.addThrowawayTables(source.db);
      fixture.fillEverything(source.db);
      importArchive(target.db, fixture.exportText(source.db));
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
    const text = fixture.exportText(source.db);

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
    fixture.addThrowawayTables(source.db);
    source.db.prepare("INSERT INTO test_parent VALUES ('p1', 'Parent')").run();
    source.db.prepare("INSERT INTO test_child VALUES ('c1', 'p1')").run();
    const target = tempJournal();
    fixture.addThrowawayTables(target.db);
    // test_child sorts (and is inserted) before test_parent: references are checked at the end.
    expect(importArchive(target.db, fixture.exportText(source.db)).added).toBe(2);

    const orphan = JSON.parse(fixture.exportText(source.db));
    orphan.tables.test_parent.rows = [];
    orphan.tables.test_child.rows = [{ id: 'c2', parent_id: 'nobody' }];
    const empty = tempJournal();
    fixture.addThrowawayTables(empty.db);
    const before = fixture.exportText(empty.db);
    fixture.expectRefused(
      () => importArchive(empty.db, JSON.stringify(orphan)),
      /“test_child”.*refer to “test_parent”/,
    );
    expect(fixture.exportText(empty.db)).toBe(before);
  });

  it('takes a backup once the file has passed its checks, before writing', async () => {
    const source = tempJournal();
    createEntry(source.db, { id: 'one', body: docFromParagraphs(['One']) });
    const target = tempJournal();
    const router = createAppRouter(target);
    const bad = await router.call('archive:import', { text: '{"format": "something else"}' });
    expect(bad.ok).toBe(false);
    expect(listBackups(target.dataDir)).toEqual([]);
    const good = await router.call('archive:import', { text: fixture.exportText(source.db) });
    expect(good).toMatchObject({
      ok: true,
      value: { added: 1, backup: expect.stringMatching(/pre-import/) },
    });
    expect(listBackups(target.dataDir).map((b) => b.kind)).toEqual(['pre-import']);
  });
});
