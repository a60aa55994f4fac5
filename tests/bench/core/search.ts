import { buildMatchQuery } from '../../../src-main/search/query';
import { RANK_EXPRESSION } from '../../../src-main/search/repository';
import { search } from '../../../src-main/search/service';
import type { Benchmark } from '../benchmark';
import { measured, ratio, type BenchRow } from '../results';
import { SEARCH_TERMS } from '../seed/vocabulary';
import { summarise } from '../stats';
import { withJournal, type CoreContext } from './context';

/**
 * What a person types for each kind of search. A word followed by a space is a whole word; the last
 * word of the box is matched as a prefix while it is being typed (see search/query.ts).
 */
const KINDS = [
  { key: 'common', label: 'common word', texts: SEARCH_TERMS.common.map((word) => `${word} `) },
  { key: 'rare', label: 'rare word', texts: SEARCH_TERMS.rare.map((word) => `${word} `) },
  { key: 'prefix', label: 'prefix', texts: [...SEARCH_TERMS.prefix] },
] as const;

/**
 * The app's search (the service the `search:query` channel calls: query building, ranking,
 * highlights, snippets, result shaping) against a bare FTS5 query for the same MATCH expression on
 * the same database, in two forms:
 *
 * - the bare search, counted against the target: the 20 best rows by the same ranking, with
 *   their title and text read from the entries, aspirations and goals (the index keeps no copy);
 * - the bare index lookup, shown beside it: the 20 best rowids and nothing else. It never reads a
 *   row, so no search that shows what it found can come near it for a word in a handful of rows
 *   (reading 7 rows' text alone costs 2–3× the lookup); it says what the index itself costs.
 *
 * The sides alternate sample by sample, so a busy moment on the machine lands on all of them.
 */
export const searchBenchmark: Benchmark<CoreContext> = {
  name: 'search',
  run(ctx) {
    return withJournal(ctx, ({ db }) => {
      // The index keeps no text (migration 0013): the bare search reads each row's text from
      // where it lives, as any search that shows what it found must.
      const bareRows = db.prepare<[string], unknown>(
        `SELECT d.kind, d.ref_id, e.title, e.body_text, a.title, a.statement_text, g.title
         FROM (SELECT rowid AS doc_id, ${RANK_EXPRESSION} AS score FROM search_index
           WHERE search_index MATCH ? ORDER BY score LIMIT 20) hits
         JOIN search_documents d ON d.doc_id = hits.doc_id
         LEFT JOIN entries e ON d.kind = 'entry' AND e.id = d.ref_id
         LEFT JOIN aspirations a ON d.kind = 'aspiration' AND a.id = d.ref_id
         LEFT JOIN goals g ON d.kind = 'goal' AND g.id = d.ref_id
         ORDER BY hits.score`,
      );
      const bareIds = db
        .prepare<[string], number>(
          `SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY ${RANK_EXPRESSION} LIMIT 20`,
        )
        .pluck();
      const { warmup, runs } = ctx.quick ? { warmup: 5, runs: 40 } : { warmup: 20, runs: 200 };
      const rows: BenchRow[] = [];
      for (const kind of KINDS) {
        const ours: number[] = [];
        const baseline: number[] = [];
        const lookup: number[] = [];
        let found = 0;
        for (let i = 0; i < warmup + runs; i++) {
          const text = kind.texts[i % kind.texts.length] as string;
          const match = buildMatchQuery(text) as string;
          let started = performance.now();
          const response = search(db, { text });
          const app = performance.now() - started;
          started = performance.now();
          const bare = bareRows.all(match);
          const plain = performance.now() - started;
          started = performance.now();
          const ids = bareIds.all(match);
          const index = performance.now() - started;
          if (response.results.length !== bare.length || bare.length !== ids.length) {
            throw new Error(
              `Search for "${text}" found ${response.results.length} results, the bare query ${bare.length}.`,
            );
          }
          if (i >= warmup) {
            ours.push(app);
            baseline.push(plain);
            lookup.push(index);
            found += ids.length;
          }
        }
        if (found === 0) throw new Error(`No ${kind.label} search found anything.`);
        const words = kind.texts.map(
          (text) => `“${text.trim()}${kind.key === 'prefix' ? '…' : ''}”`,
        );
        rows.push(
          measured(
            `core.search.${kind.key}`,
            `Search, ${kind.label} (${words.join(', ')})`,
            'ms',
            summarise(ours),
            { stat: 'p95', max: 20 },
            `${(found / runs).toFixed(0)} results a search on average (20 at most)`,
          ),
          ratio(
            `core.searchRatio.${kind.key}`,
            `  …against a bare FTS5 search (the same 20 rows and their text)`,
            summarise(ours),
            summarise(baseline),
            { stat: 'p95', max: 1.5 },
            `bare search alone: median ${summarise(baseline).median.toFixed(2)} ms`,
          ),
          ratio(
            `core.searchLookupRatio.${kind.key}`,
            `  …against the bare index lookup (rowids only)`,
            summarise(ours),
            summarise(lookup),
            null,
            `lookup alone: median ${summarise(lookup).median.toFixed(2)} ms`,
          ),
        );
      }
      return rows;
    });
  },
};
