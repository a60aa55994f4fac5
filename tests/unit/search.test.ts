import { describe, expect, it } from 'vitest';
import type { HighlightedText } from '../../src-main/contract';
import { openDatabase } from '../../src-main/db/open';
import * as journal from '../../src-main/journal/service';
import { createAspiration } from '../../src-main/plan/aspirations';
import { createGoal } from '../../src-main/plan/goals';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import { indexDocument, removeDocument } from '../../src-main/search/indexer';
import { search } from '../../src-main/search/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { addTag, removeTag } from '../../src-main/tags/service';
import { seedCorpus } from './search-corpus';
import { copyOfFixture, tempJournal } from './helpers';

function marked(value: HighlightedText): string[] {
  return value.highlights.map((range) => value.text.slice(range.start, range.end));
}

function ids(db: Parameters<typeof search>[0], text: string, options = {}): string[] {
  return search(db, { text, ...options }).results.map((result) => result.refId);
}

describe('search ranking and snippets', () => {
  it('ranks a match in the title above matches in the body, and more matches above fewer', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const found = ids(ctx.db, 'mentor ');
    expect(found.slice(0, 3)).toEqual([e.mentorTitle.id, e.mentorMany.id, e.mentorBody.id]);
    // "mentorship" is another word: without the prefix (a trailing space) it is not found.
    expect(found).not.toContain(e.masters.id);
  });

  it('treats the last word as a prefix while it is being typed', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    expect(ids(ctx.db, 'ment')).toEqual(
      expect.arrayContaining([e.mentorTitle.id, e.mentorBody.id, e.mentorMany.id, e.masters.id]),
    );
    expect(ids(ctx.db, 'ment ')).toEqual([]);
    expect(ids(ctx.db, 'port')).toEqual(expect.arrayContaining([e.portfolio.id, e.mentorTitle.id]));
  });

  it('requires every word and returns a snippet whose highlights are the matching words', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const response = search(ctx.db, { text: 'pitches won' });
    expect(response.terms).toEqual(['pitches', 'won']);
    expect(response.results.map((r) => r.refId)).toEqual([e.mentorBody.id]);
    const [result] = response.results;
    expect(result?.snippet.text).toContain('Two pitches won out of five');
    expect(marked(result!.snippet)).toEqual(['pitches', 'won']);
    expect(result).toMatchObject({ kind: 'entry', date: '2025-02-14' });
    expect(result?.title).toEqual({ text: 'Quarterly check-in', highlights: [] });
  });

  it('highlights matches in the title too, without repeating the title in the snippet', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const [first] = search(ctx.db, { text: 'portfolio' }).results;
    expect(first?.refId).toBe(e.portfolio.id);
    expect(marked(first!.title)).toEqual(['Portfolio']);
    expect(first?.snippet.text).toBe(
      'Removed the oldest projects. The portfolio is shorter and sharper now.',
    );
    expect(marked(first!.snippet)).toEqual(['portfolio']);
  });

  it('keeps a snippet on one line, blocks joined by a dot', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const [result] = search(ctx.db, { text: 'strongest associate' }).results;
    expect(result?.refId).toBe(e.mentorTitle.id);
    expect(result?.snippet.text).not.toContain('\n');
    expect(result?.snippet.text).toContain('strongest piece. · Next: ask about the associate');
    expect(marked(result!.snippet)).toEqual(['strongest', 'associate']);
  });

  it('shortens a long body to a passage around the match, marked with an ellipsis', () => {
    const ctx = tempJournal();
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const entry = journal.createEntry(ctx.db, {
      body: docFromParagraphs(['Long one', `${filler} lighthouse ${filler}`]),
    });
    const [result] = search(ctx.db, { text: 'lighthouse' }).results;
    expect(result?.refId).toBe(entry.id);
    expect(result!.snippet.text.length).toBeLessThan(200);
    expect(result!.snippet.text.startsWith('…')).toBe(true);
    expect(result!.snippet.text.endsWith('…')).toBe(true);
    expect(marked(result!.snippet)).toEqual(['lighthouse']);
  });

  it('never lets markup through as anything but text', () => {
    const ctx = tempJournal();
    journal.createEntry(ctx.db, {
      body: docFromParagraphs(['<img src=x onerror=alert(1)> plan', 'a \u0002fake\u0003 marker']),
    });
    const [result] = search(ctx.db, { text: 'plan' }).results;
    expect(result?.title.text).toBe('<img src=x onerror=alert(1)> plan');
    expect(marked(result!.title)).toEqual(['plan']);
    // Characters FTS5's highlight() used as markers are only text now: kept, never read as marks.
    const [marker] = search(ctx.db, { text: 'fake' }).results;
    expect(marker?.snippet.text).toBe('a \u0002fake\u0003 marker');
    expect(marked(marker!.snippet)).toEqual(['fake']);
  });
});

describe('accents and case', () => {
  it('finds words whatever their accents or capitals, both ways', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    expect(ids(ctx.db, 'cafe')).toEqual([e.cafe.id]);
    expect(ids(ctx.db, 'CAFÉ')).toEqual([e.cafe.id]);
    expect(ids(ctx.db, 'resume naive')).toEqual([e.cafe.id]);
    expect(ids(ctx.db, 'zurich sao')).toEqual([e.unicode.id]);
    expect(ids(ctx.db, 'facade angstrom')).toEqual([e.unicode.id]);
    expect(ids(ctx.db, 'ελλάδα')).toEqual([e.unicode.id]);
    // A decomposed é (e + combining accent) is the same word.
    expect(ids(ctx.db, 'cafe\u0301')).toEqual([e.cafe.id]);
  });

  it('highlights the accented word as written', () => {
    const ctx = tempJournal();
    seedCorpus(ctx);
    const [result] = search(ctx.db, { text: 'cafe' }).results;
    expect(marked(result!.title)).toEqual(['Café']);
    expect(marked(result!.snippet)).toEqual(['café']);
  });
});

describe('filters', () => {
  it('limits results to kinds and to a tag', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    // The index keeps no text of its own (migration 0013): a goal found is a goal in the plan.
    const aspiration = createAspiration(ctx.db, { title: 'Lead new business' });
    const goal = createGoal(ctx.db, {
      aspirationId: aspiration.id,
      title: 'Win 50 pitches',
      specificWhat: 'Measured by pitches won',
      dueDate: '2026-12-31',
    });
    expect(ids(ctx.db, 'pitches')).toEqual(expect.arrayContaining([goal.id, e.mentorBody.id]));
    expect(ids(ctx.db, 'pitches', { kinds: ['goal'] })).toEqual([goal.id]);
    expect(ids(ctx.db, 'pitches', { kinds: ['entry'] })).toEqual([e.mentorBody.id]);
    expect(search(ctx.db, { text: 'pitches', kinds: ['goal'] }).results[0]).toMatchObject({
      kind: 'goal',
      date: '2026-12-31',
      title: { text: 'Win 50 pitches' },
    });

    addTag(ctx.db, { entryId: e.mentorTitle.id, name: 'Mentoring' });
    addTag(ctx.db, { entryId: e.masters.id, name: 'mentoring' });
    expect(ids(ctx.db, 'ment', { tag: 'MENTORING' }).sort()).toEqual(
      [e.mentorTitle.id, e.masters.id].sort(),
    );
    expect(ids(ctx.db, 'ment', { tag: 'unknown' })).toEqual([]);
    expect(ids(ctx.db, 'pitches', { tag: 'mentoring', kinds: ['goal'] })).toEqual([]);
  });

  it('names the aspiration of each goal found, and of nothing else', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const lead = createAspiration(ctx.db, { title: 'Lead new business' });
    const other = createAspiration(ctx.db, { title: 'Teach' });
    const won = createGoal(ctx.db, {
      aspirationId: lead.id,
      title: 'Win pitches',
      dueDate: '2027-01-01',
    });
    const taught = createGoal(ctx.db, {
      aspirationId: other.id,
      title: 'Coach pitches',
      dueDate: '2027-01-01',
    });
    const parents = Object.fromEntries(
      search(ctx.db, { text: 'pitches' }).results.map((result) => [result.refId, result.parentId]),
    );
    expect(parents).toEqual({ [won.id]: lead.id, [taught.id]: other.id, [e.mentorBody.id]: null });
  });

  it('searches tag names as words', () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    expect(ids(ctx.db, 'leadership')).toEqual([]);
    addTag(ctx.db, { entryId: e.salary.id, name: 'Leadership track' });
    expect(ids(ctx.db, 'leadership')).toEqual([e.salary.id]);
    removeTag(ctx.db, { entryId: e.salary.id, name: 'leadership track' });
    expect(ids(ctx.db, 'leadership')).toEqual([]);
  });

  it('returns nothing, without querying, when there is no word to look for', () => {
    const ctx = tempJournal();
    seedCorpus(ctx);
    for (const text of ['', '   ', '"', '*', '-', '()', 'AND', ':']) {
      const response = search(ctx.db, { text });
      if (text === 'AND') expect(response.terms).toEqual(['AND']);
      else expect(response).toEqual({ terms: [], results: [] });
    }
  });
});

describe('the index stays in step with the journal', () => {
  function indexedEntries(db: Parameters<typeof search>[0]): number {
    return db
      .prepare(
        `SELECT count(*) FROM search_index s JOIN search_documents d ON d.doc_id = s.rowid
         WHERE d.kind = 'entry'`,
      )
      .pluck()
      .get() as number;
  }

  it('follows create, update, trash, restore and purge', () => {
    const ctx = tempJournal();
    const { db } = ctx;
    const entry = journal.createEntry(db, {
      body: docFromParagraphs(['Lighthouse project', 'Beacon']),
    });
    expect(ids(db, 'lighthouse')).toEqual([entry.id]);

    journal.updateEntry(db, { id: entry.id, body: docFromParagraphs(['Harbour project']) });
    expect(ids(db, 'lighthouse')).toEqual([]);
    expect(ids(db, 'beacon')).toEqual([]);
    expect(ids(db, 'harbour')).toEqual([entry.id]);

    journal.updateEntry(db, { id: entry.id, entryDate: '2023-05-06' });
    expect(search(db, { text: 'harbour' }).results[0]?.date).toBe('2023-05-06');

    const trashedAt = new Date('2025-01-01T12:00:00Z');
    journal.trashEntry(db, entry.id, trashedAt);
    expect(ids(db, 'harbour')).toEqual([]);
    expect(indexedEntries(db)).toBe(0);

    journal.restoreEntry(db, entry.id);
    expect(ids(db, 'harbour')).toEqual([entry.id]);

    journal.trashEntry(db, entry.id, trashedAt);
    expect(purgeExpiredTrash(db, new Date('2025-02-01T12:00:00Z'))).toBe(1);
    expect(ids(db, 'harbour')).toEqual([]);
    expect(indexedEntries(db)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(0);
  });

  it('keeps one index row per document however often it is saved', () => {
    const ctx = tempJournal();
    const entry = journal.createEntry(ctx.db, {});
    for (let i = 0; i < 5; i++) {
      journal.updateEntry(ctx.db, { id: entry.id, body: docFromParagraphs([`version ${i}`]) });
    }
    expect(indexedEntries(ctx.db)).toBe(1);
    expect(ids(ctx.db, 'version')).toEqual([entry.id]);
    expect(search(ctx.db, { text: 'version' }).results[0]?.title.text).toBe('version 4');
  });

  it('leaves the index untouched by a save that changes no indexed text', () => {
    const ctx = tempJournal();
    const { db } = ctx;
    const entry = journal.createEntry(db, {
      body: docFromParagraphs(['Lighthouse project', 'Beacon at dusk']),
    });
    const indexPages = () =>
      JSON.stringify(db.prepare('SELECT id, hex(block) FROM search_index_data ORDER BY id').all());
    const before = indexPages();
    const bold = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lighthouse project' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Beacon at dusk', marks: [{ type: 'bold' }] }],
        },
      ],
    };
    journal.updateEntry(db, { id: entry.id, body: bold });
    journal.updateEntry(db, { id: entry.id, entryDate: '2023-05-06' });
    expect(indexPages()).toBe(before);
    expect(search(db, { text: 'beacon' }).results[0]?.date).toBe('2023-05-06');

    journal.updateEntry(db, { id: entry.id, body: docFromParagraphs(['Lighthouse', 'Harbour']) });
    expect(indexPages()).not.toBe(before);
    expect(ids(db, 'beacon')).toEqual([]);
    expect(ids(db, 'harbour')).toEqual([entry.id]);
  });

  it('offers indexDocument and removeDocument to other kinds', () => {
    const ctx = tempJournal();
    // The index keeps no text of its own (migration 0013): results show the aspiration's own.
    const a1 = createAspiration(ctx.db, { title: 'Award-winning creative director' }).id;
    removeDocument(ctx.db, 'aspiration', a1);
    expect(search(ctx.db, { text: 'award' }).results).toEqual([]);
    indexDocument(ctx.db, {
      kind: 'aspiration',
      refId: a1,
      title: 'Creative director',
      body: '',
    });
    expect(search(ctx.db, { text: 'award' }).results).toEqual([]);
    indexDocument(ctx.db, {
      kind: 'aspiration',
      refId: a1,
      title: 'Award-winning creative director',
      body: 'Lead a studio',
    });
    expect(search(ctx.db, { text: 'award' }).results.map((r) => [r.kind, r.refId])).toEqual([
      ['aspiration', a1],
    ]);
    expect(search(ctx.db, { text: 'studio' }).results.map((r) => r.refId)).toEqual([a1]);
    removeDocument(ctx.db, 'aspiration', a1);
    removeDocument(ctx.db, 'aspiration', 'never-indexed');
    expect(search(ctx.db, { text: 'director' }).results).toEqual([]);
  });

  it('rolls the index back with a save that fails', () => {
    const ctx = tempJournal();
    const entry = journal.createEntry(ctx.db, { body: docFromParagraphs(['Original words']) });
    ctx.db.exec(
      "CREATE TRIGGER refuse BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    expect(() =>
      journal.updateEntry(ctx.db, { id: entry.id, body: docFromParagraphs(['Replacement']) }),
    ).toThrow('disk trouble');
    expect(ids(ctx.db, 'original')).toEqual([entry.id]);
    expect(ids(ctx.db, 'replacement')).toEqual([]);
  });

  it('is rebuilt for existing entries when a journal from the first release is upgraded', () => {
    const file = copyOfFixture('journal-v1.sqlite');
    const db = openDatabase(file);
    try {
      expect(ids(db, 'cafe mentor')).toEqual(['v1-b']);
      const live = journal.listEntries(db).map((e) => e.id);
      const trashed = journal.listEntries(db, { trashed: true }).map((e) => e.id);
      const indexed = db
        .prepare(
          `SELECT d.ref_id FROM search_index s JOIN search_documents d ON d.doc_id = s.rowid
           ORDER BY d.ref_id`,
        )
        .pluck()
        .all();
      expect(indexed).toEqual([...live].sort());
      for (const id of trashed) expect(indexed).not.toContain(id);
    } finally {
      db.close();
    }
  });
});
