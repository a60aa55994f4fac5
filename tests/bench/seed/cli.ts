/**
 * `npm run seed -- --data-dir DIR [--entries N] [--aspirations A] [--goals G] [--seed S]`: fills a
 * data folder with the deterministic benchmark journal. Refuses a journal that already has entries,
 * so a real journal can never be padded with made-up ones by a mistyped folder.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openJournal } from '../../../src-main/core/open-journal';
import { Args } from '../args';
import { DEFAULT_SEED_OPTIONS, seedJournal, type SeedOptions } from './seed-journal';

function optionsFrom(argv: readonly string[]): { dataDir: string; options: SeedOptions } {
  const args = new Args(argv, {
    options: ['data-dir', 'entries', 'aspirations', 'goals', 'seed'],
    flags: [],
  });
  const dataDir = args.string('data-dir');
  if (!dataDir) throw new Error('Say where to write the journal: --data-dir DIR.');
  return {
    dataDir: resolve(dataDir),
    options: {
      ...DEFAULT_SEED_OPTIONS,
      entries: args.count('entries', DEFAULT_SEED_OPTIONS.entries),
      aspirations: args.count('aspirations', DEFAULT_SEED_OPTIONS.aspirations),
      goals: args.count('goals', DEFAULT_SEED_OPTIONS.goals),
      seed: args.count('seed', DEFAULT_SEED_OPTIONS.seed),
    },
  };
}

function main(): void {
  const { dataDir, options } = optionsFrom(process.argv.slice(2));
  const started = performance.now();
  const ctx = openJournal({ dataDir, host: 'web' });
  try {
    const existing = ctx.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number };
    if (existing.n > 0) {
      throw new Error(
        `${ctx.databaseFile} already holds ${existing.n} entries. Seed into a new, empty folder.`,
      );
    }
    const result = seedJournal(ctx.db, options);
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const line of result.lines) console.log(line);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const megabytes = (statSync(ctx.databaseFile).size / 1024 / 1024).toFixed(1);
    console.log(
      `Wrote ${ctx.databaseFile} (${megabytes} MB, seed ${options.seed}) in ${seconds} s.`,
    );
  } finally {
    ctx.session.close();
  }
}

try {
  main();
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
