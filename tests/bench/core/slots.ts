import { openJournal } from '../../../src-main/core/open-journal';
import type { Benchmark } from '../benchmark';
import { notBuilt } from '../results';
import { tablesOf } from '../seed/seed-journal';
import { hasTable, type CoreContext } from './context';

/**
 * Targets the issue sets for features still being built on other branches. Each row says what it
 * waits for; when the feature lands, replace its slot here with a real benchmark (core/search.ts,
 * core/plan.ts) in the list in core/index.ts.
 */
export const coreSlots: Benchmark<CoreContext> = {
  name: 'core slots',
  run(ctx) {
    const journal = openJournal({ dataDir: ctx.dataDir, host: 'web' });
    const hasSearch = hasTable(journal.db, '%USING fts5%');
    const tables = tablesOf(journal.db);
    journal.db.close();
    const hasPlan = tables.has('aspirations') && tables.has('goals');
    const waiting = (present: boolean, feature: string, file: string) =>
      present
        ? `the ${feature} tables exist now: write ${file} and list it in tests/bench/core/index.ts`
        : `waits for ${feature}`;
    return [
      notBuilt(
        'core.search',
        'Search: common, rare and prefix words',
        { stat: 'p95', max: 20 },
        'ms',
        waiting(hasSearch, 'search (FTS5)', 'tests/bench/core/search.ts'),
      ),
      notBuilt(
        'core.searchRatio',
        'Search vs a bare FTS5 query, same words',
        { stat: 'p95', max: 1.5 },
        '×',
        waiting(hasSearch, 'search (FTS5)', 'tests/bench/core/search.ts'),
      ),
      notBuilt(
        'core.plan',
        'Load plan and timeline data, 500 goals',
        { stat: 'p95', max: 15 },
        'ms',
        waiting(hasPlan, 'the career plan', 'tests/bench/core/plan.ts'),
      ),
    ];
  },
};
