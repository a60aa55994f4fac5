import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArchive } from '../../src-main/archive/export';
import { importArchive } from '../../src-main/archive/import';
import { listBackups } from '../../src-main/backup/backups';
import { restoreBackup } from '../../src-main/backup/restore';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { backupNow } from '../../src-main/core/maintenance';
import { openJournal } from '../../src-main/core/open-journal';
import type { Db } from '../../src-main/db/open';
import Database from '../../src-main/db/sqlite';
import { sourceFilesAt } from '../../src-main/import/fs-source';
import { readSource } from '../../src-main/import/read-source';
import { runImport } from '../../src-main/import/service';
import { createEntry, trashEntry, updateEntry } from '../../src-main/journal/service';
import { createAspiration } from '../../src-main/plan/aspirations';
import { createGoal } from '../../src-main/plan/goals';
import { matchQueryOf, parseQuery } from '../../src-main/search/query';
import { rebuildEntryIndex, rebuildPlanIndex } from '../../src-main/search/rebuild';
import { search } from '../../src-main/search/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { addTag } from '../../src-main/tags/service';
import { copyOfFixture, tempDir, tempJournal } from './helpers';
import { FIXTURES } from './import-fixtures';
import { inTimeZone } from './timezones';

/** Every word of the index, as (kind:id, column, position, word): what a search can find. */
function indexContents(db: Db): string[] {
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_index, instance)',
  );
  return db
    .prepare(
      `SELECT d.kind || ':' || d.ref_id || ' ' || v.col || ' ' || v.offset || ' ' || v.term
       FROM temp.search_words v JOIN search_documents d ON d.doc_id = v.doc ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
}

/**
 * The index matches its entries, aspirations and goals: it holds exactly what indexing all of them
 * afresh gives (found by rebuilding it inside a savepoint that is then rolled back).
 */
function expectIndexInStep(db: Db): void {
  const actual = indexContents(db);
  db.exec('SAVEPOINT rebuild');
  try {
    db.exec('DELETE FROM search_index; DELETE FROM search_documents;');
    rebuildEntryIndex(db);
    rebuildPlanIndex(db);
    expect(actual).toEqual(indexContents(db));
  } finally {
    db.exec('ROLLBACK TO rebuild; RELEASE rebuild');
  }
  expect(actual.length).toBeGreaterThan(0);
}

/** A journal with a bit of everything search covers. */
function fillForSearch(db: Db): void {
  const kept = createEntry(db, { body: docFromParagraphs(['Mentor lunch', 'Talked portfolio']) });
  addTag(db, { entryId: kept.id, name: 'Mentoring' });
  updateEntry(db, { id: kept.id, body: docFromParagraphs(['Mentor lunch', 'Talked pitches']) });
  const binned = createEntry(db, { body: docFromParagraphs(['Binned café notes']) });
  trashEntry(db, binned.id);
  const aspiration = createAspiration(db, { title: 'Lead a creative studio' });
  createGoal(db, {
    aspirationId: aspiration.id,
    title: 'Win 50 pitches',
    specificWhat: 'Pitches won as lead',
    dueDate: '2027-06-30',
  });
}

describe("the search index stays in step with the journal's text", () => {
  it('after saves, and after a restore from a compressed backup', async () => {
    const ctx = tempJournal();
    fillForSearch(ctx.db);
    expectIndexInStep(ctx.db);
    const backup = await backupNow(ctx, 'manual');
    createEntry(ctx.db, { body: docFromParagraphs(['Written after the backup']) });
    restoreBackup(ctx.session, backup.name);
    expectIndexInStep(ctx.db);
    expect(search(ctx.db, { text: 'after the backup' }).results).toEqual([]);
  });

  it('after a Markdown import', async () => {
    const ctx = tempJournal();
    fillForSearch(ctx.db);
    const now = new Date('2025-06-01T12:00:00Z');
    const parsed = await inTimeZone('UTC', () =>
      readSource(sourceFilesAt(join(FIXTURES, 'vault')), { now }),
    );
    await runImport(ctx.db, parsed.items, { now: () => now });
    expectIndexInStep(ctx.db);
  });

  it('after a whole-journal export is imported', () => {
    const source = tempJournal();
    fillForSearch(source.db);
    const text = JSON.stringify(exportArchive(source.db, new Date('2026-01-01'), '0.1.0'));
    const target = tempJournal();
    createAppRouter(target); // registers the rebuild that runs inside every import
    createEntry(target.db, { body: docFromParagraphs(['Already here']) });
    importArchive(target.db, text);
    expectIndexInStep(target.db);
  });

  it('after the journal is encrypted and decrypted again', () => {
    const ctx = tempJournal();
    fillForSearch(ctx.db);
    ctx.session.changeEncryption(null, 'correct horse battery');
    expectIndexInStep(ctx.db);
    ctx.session.changeEncryption('correct horse battery', null);
    expectIndexInStep(ctx.db);
    expect(search(ctx.db, { text: 'pitches' }).results).toHaveLength(2);
  });
});

describe('migration 0013 (the index keeps no copy of the text)', () => {
  /** What the old index answered, ranked: read from its own columns before the upgrade. */
  function oldAnswers(file: string, queries: string[]): string[][] {
    const db = new Database(file, { readonly: true });
    try {
      const match = db.prepare(
        'SELECT kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rank',
      );
      return queries.map((query) =>
        (match.all(query) as { kind: string; ref_id: string }[]).map(
          (row) => `${row.kind}:${row.ref_id}`,
        ),
      );
    } finally {
      db.close();
    }
  }

  it('upgrades a journal of the previous format after a backup, finding the same things', () => {
    const dataDir = tempDir();
    const file = copyOfFixture('journal-v11.sqlite', dataDir);
    const queries = ['mentor', 'pitch', 'pi', 'cafe', 'negotiation', 'portfolio', 'resume'];
    // The same FTS5 query the app sends for each text (the last word searched as a prefix).
    const before = oldAnswers(
      file,
      queries.map((text) => matchQueryOf(parseQuery(text)) as string),
    );

    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    try {
      expect(listBackups(dataDir).map((backup) => backup.kind)).toEqual(['pre-migration']);
      const columns = ctx.db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
      expect(columns.all('search_index')).toEqual(['title', 'body', 'tags']);
      expect(
        ctx.db
          .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index_content'")
          .get(),
      ).toEqual({ 'count(*)': 0 });
      queries.forEach((query, index) => {
        const found = search(ctx.db, { text: query, limit: 100 }).results;
        expect(found.map((r) => `${r.kind}:${r.refId}`)).toEqual(before[index]);
        expect(found.every((r) => r.title.text.length > 0)).toBe(true);
      });
      const [top] = search(ctx.db, { text: 'pitches' }).results;
      expect(top).toMatchObject({
        kind: 'goal',
        title: { text: 'Win 50 pitches' },
        date: '2027-06-30',
      });
      expectIndexInStep(ctx.db);
    } finally {
      ctx.session.close();
    }
  });
});

describe('the file after migration 0013', () => {
  it('is rewritten compact once the copy of every text has been dropped', () => {
    const dataDir = tempDir();
    copyOfFixture('journal-v11.sqlite', dataDir);
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    try {
      const free = ctx.db.pragma('freelist_count', { simple: true }) as number;
      const pages = ctx.db.pragma('page_count', { simple: true }) as number;
      expect(free * 4).toBeLessThan(pages);
    } finally {
      ctx.session.close();
    }
  });
});
