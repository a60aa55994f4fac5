import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupInBackground } from '../../../src-main/backup/background-backup';
import { JOURNAL_FILE } from '../../../src-main/core/data-dir';
import { CHECK_AT_OPEN_BYTES } from '../../../src-main/core/journal-connection';
import { checkInBackground } from '../../../src-main/core/maintenance';
import { openJournal } from '../../../src-main/core/open-journal';
import { listEntries } from '../../../src-main/journal/service';
import type { Benchmark } from '../benchmark';
import { measured, ratio, single, type BenchRow } from '../results';
import { DEFAULT_SEED_OPTIONS, seedJournal } from '../seed/seed-journal';
import { summarise, timeRepeated, type Summary } from '../stats';
import type { CoreContext } from './context';

/**
 * What the app does before its first screen, as the hosts do it (web/main.ts, electron/app.ts):
 * `openJournal` with CHECK_AT_OPEN_BYTES (a large journal opens read-only after the checks that do
 * not grow with it: WAL frames, header, schema, every table's root), then the journal list's first
 * page. The full `quick_check`, the daily backup and housekeeping come after, on a worker thread.
 */
function timeStartup(dataDir: string, quick: boolean): Summary {
  const samples = timeRepeated(quick ? { warmup: 1, runs: 5 } : { warmup: 2, runs: 15 }, {
    task: () => {
      const journal = openJournal({ dataDir, host: 'web', checkAtOpenBytes: CHECK_AT_OPEN_BYTES });
      const { problem } = journal.session;
      if (problem || !journal.session.isOpen) {
        throw new Error(`The journal did not open: ${problem?.kind ?? 'unavailable'}.`);
      }
      listEntries(journal.db, { limit: 50 });
      return journal;
    },
    cleanup: (journal) => journal.session.close(),
  });
  return summarise(samples);
}

/** A journal of `entries` seeded beside the main one, for the start-up at a smaller size. */
function seededJournal(entries: number, seed: number): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-size-'));
  const journal = openJournal({ dataDir, host: 'web' });
  try {
    seedJournal(journal.db, { ...DEFAULT_SEED_OPTIONS, entries, seed });
    journal.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    journal.session.close();
  }
  return dataDir;
}

const megabytes = (file: string) => (statSync(file).size / 1024 ** 2).toFixed(1);

/**
 * Start-up at three sizes (the seeded journal, a tenth and a hundredth of it), which must stay
 * flat; then, for information, what now runs after the first screen: the full check and the daily
 * backup (copy, integrity_check of the copy, gzip and its read-back).
 */
export const startupBenchmark: Benchmark<CoreContext> = {
  name: 'start-up',
  async run(ctx) {
    const total = ctx.entryIds.length;
    const sizes = [Math.max(10, Math.round(total / 100)), Math.max(10, Math.round(total / 10))];
    const rows: BenchRow[] = [];
    const smaller: Summary[] = [];
    for (const size of sizes) {
      const dataDir = seededJournal(size, ctx.seed);
      try {
        const summary = timeStartup(dataDir, ctx.quick);
        smaller.push(summary);
        rows.push(
          measured(
            `core.startup.${size}`,
            `Start-up to the first screen, ${size.toLocaleString('en')} entries`,
            'ms',
            summary,
            null,
            `${megabytes(join(dataDir, JOURNAL_FILE))} MB journal`,
          ),
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const file = join(ctx.dataDir, JOURNAL_FILE);
    const full = timeStartup(ctx.dataDir, ctx.quick);
    rows.push(
      measured(
        'core.open',
        `Start-up to the first screen, ${total.toLocaleString('en')} entries (open + first page)`,
        'ms',
        full,
        { stat: 'median', max: 150 },
        `${megabytes(file)} MB journal; checks that do not grow with it`,
      ),
      ratio(
        'core.startupFlat',
        `  …against ${sizes[0]?.toLocaleString('en')} entries (flat: the same within noise)`,
        full,
        smaller[0] as Summary,
        { stat: 'median', max: 2 },
      ),
    );

    const journal = openJournal({ dataDir: ctx.dataDir, host: 'web', checkAtOpenBytes: 0 });
    try {
      let started = performance.now();
      await checkInBackground(journal.session);
      if (journal.session.needsCheck || journal.session.problem) {
        throw new Error('The background check did not pass.');
      }
      rows.push(
        single(
          'core.backgroundCheck',
          'Full check after the first screen (quick_check, worker thread)',
          'ms',
          performance.now() - started,
          null,
          'saves go on meanwhile; a save before it ends runs the check first',
        ),
      );
      const backupDir = mkdtempSync(join(tmpdir(), 'waymark-bench-backup-'));
      try {
        started = performance.now();
        const info = await backupInBackground(file, backupDir, 'daily', new Date());
        rows.push(
          single(
            'core.backgroundBackup',
            'Daily backup after the first screen (copy, check, gzip, read-back)',
            's',
            (performance.now() - started) / 1000,
            null,
            `${(info.size / 1024 ** 2).toFixed(1)} MB backup of a ${megabytes(file)} MB journal`,
          ),
        );
      } finally {
        rmSync(backupDir, { recursive: true, force: true });
      }
    } finally {
      journal.session.close();
    }
    return rows;
  },
};
