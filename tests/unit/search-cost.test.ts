import { describe, expect, it } from 'vitest';
import * as journal from '../../src-main/journal/service';
import { matchSql, RANK_EXPRESSION, searchRepository } from '../../src-main/search/repository';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { seedCorpus } from './search-corpus';
import { tempJournal } from './helpers';

/** What a search costs: ranking ids and scores only, bounded, filters gathered once. */
describe('search cost', () => {
  it('ranks ids and scores only, and reads the text of the returned rows alone', () => {
    const ctx = tempJournal();
    seedCorpus(ctx);
    for (const filter of [
      { kinds: 0, tag: false, limit: 20 },
      { kinds: 2, kindsLeftOut: true, tag: false, limit: 100 },
      { kinds: 1, tag: false, limit: 20 },
      { kinds: 1, tag: true, limit: 1 },
    ]) {
      const params: Record<string, unknown> = { match: '"x"' };
      for (let i = 0; i < filter.kinds; i++) params[`kind${i}`] = 'entry';
      if (filter.tag) params.tag = 'x';
      const plan = ctx.db.prepare(`EXPLAIN QUERY PLAN ${matchSql(filter)}`).all(params) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      // The ranked subquery is the only place a sort happens, and the entries, aspirations and
      // goals (where the text lives) are read by their key in the outer query, for its rows.
      const hits = plan.find(
        (row) => /hits/.test(row.detail) && /MATERIALIZE|CO-ROUTINE/.test(row.detail),
      );
      expect(hits).toBeDefined();
      const inside = (row: { parent: number }): boolean =>
        row.parent === hits?.id || plan.some((p) => p.id === row.parent && inside(p));
      const sorts = plan.filter((row) => /TEMP B-TREE/.test(row.detail));
      expect(sorts.length).toBeGreaterThan(0);
      for (const sort of sorts) expect(inside(sort)).toBe(true);
      const scan = plan.find((row) => /VIRTUAL TABLE INDEX/.test(row.detail));
      expect(scan && inside(scan)).toBe(true);
      // The filters test the matches against sets of ids; none is handed to FTS5 as rowids to
      // look up one by one (its plan would read `INDEX 0:=…`): FTS5 walks the matches of the
      // words alone (`:M`), newest first.
      expect(scan?.detail).toMatch(/INDEX \d+:M/);
      // e, a and g: the entries, aspirations and goals.
      for (const table of ['e', 'a', 'g']) {
        const read = plan.filter((row) => row.detail.startsWith(`SEARCH ${table} `));
        expect(read.length).toBeGreaterThan(0);
        for (const row of read) {
          expect(inside(row)).toBe(false);
          expect(row.detail).toMatch(/INDEX|PRIMARY KEY/);
        }
      }
    }
  });

  it('orders by the same ranking as the rank setting of the index', () => {
    const ctx = tempJournal();
    seedCorpus(ctx);
    const configured = ctx.db
      .prepare("SELECT v FROM search_index_config WHERE k = 'rank'")
      .pluck()
      .get() as string;
    expect(RANK_EXPRESSION).toBe(configured.replace('bm25(', 'bm25(search_index, '));
    for (const match of ['"mentor"', '"ment"*', '"a"*', '"the" "and"']) {
      const byRank = ctx.db
        .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank')
        .pluck()
        .all(match);
      const byExpression = ctx.db
        .prepare(
          `SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY ${RANK_EXPRESSION}`,
        )
        .pluck()
        .all(match);
      expect(byExpression).toEqual(byRank);
    }
  });

  it('ranks at most the newest matching documents, the best of them first', () => {
    const { db } = tempJournal();
    // The oldest entry is the best match by far (the word in its title); 29 newer ones hold it once.
    const made = [
      journal.createEntry(db, { body: docFromParagraphs(['Beacon', 'beacon beacon']) }),
    ];
    for (let n = 1; n < 30; n++) {
      const words = `entry ${n} beacon ${'filler '.repeat(n)}`;
      made.push(journal.createEntry(db, { body: docFromParagraphs([`Note ${n}`, words]) }));
    }
    const match = (rankAtMost?: number) =>
      searchRepository(db)
        .match({ kinds: 0, tag: false, limit: 5, rankAtMost }, { match: '"beacon"' })
        .map((row) => row.ref_id);
    // Ranked in full (fewer matches than the default bound): the best match leads.
    expect(match()[0]).toBe(made[0]?.id);
    expect(match(30)).toEqual(match());
    // Ranking only the newest ten: the results are the best five of those ten, in bm25's order.
    const newestTen = made.slice(-10).map((entry) => entry.id);
    const bounded = match(10);
    expect(bounded).toHaveLength(5);
    for (const id of bounded) expect(newestTen).toContain(id);
    const byScore = db
      .prepare(
        `SELECT d.ref_id FROM search_index s JOIN search_documents d ON d.doc_id = s.rowid
         WHERE search_index MATCH '"beacon"' AND d.ref_id IN (${newestTen.map(() => '?').join(',')})
         ORDER BY ${RANK_EXPRESSION} LIMIT 5`,
      )
      .pluck()
      .all(...newestTen);
    expect(bounded).toEqual(byScore);
    expect(() => matchSql({ kinds: 0, tag: false, limit: 20, rankAtMost: 10 })).toThrow(
      /at least 20/,
    );
  });

  it('writes only a whole number of results from 1 to 100 into the statement', () => {
    for (const limit of [0, 101, 2.5, Number.NaN]) {
      expect(() => matchSql({ kinds: 0, tag: false, limit })).toThrow(/1 to 100 results/);
    }
  });
});
