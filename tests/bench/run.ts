/**
 * `npm run bench [-- --quick]`: seeds a fresh journal, runs every benchmark, prints one table and
 * writes the same to bench-results.json. Exits non-zero when a benchmark breaks; a missed target
 * fails only the full run, never `--quick` (its timings are too short and noisy to judge).
 */
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openJournal } from '../../src-main/core/open-journal';
import { JOURNAL_FILE } from '../../src-main/core/data-dir';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { CHROMIUM_ARGS } from '../playwright.config';
import { Args } from './args';
import { runBenchmarks, type Benchmark } from './benchmark';
import { CORE_BENCHMARKS } from './core';
import { RENDERER_BENCHMARKS } from './renderer';
import type { RendererContext } from './renderer/context';
import { addPrintPlan } from './renderer/pdf';
import { startWebHost } from './renderer/web-host';
import { errored, renderTable, single, tally, type BenchRow } from './results';
import { entryDoc } from './seed/entry-doc';
import { Random } from './seed/random';
import { DEFAULT_SEED_OPTIONS, seedJournal } from './seed/seed-journal';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LONG_ENTRY_WORDS = 20_000;
const LONG_ENTRY_TITLE = 'A year in review, written in one long sitting';

interface RunOptions {
  quick: boolean;
  entries: number;
  seed: number;
  /** `core`, `renderer`, or words from one benchmark's name (e.g. `timeline`); null: everything. */
  only: string | null;
  keep: boolean;
  output: string;
  /** A folder `npm run seed` filled: the run works on a copy of it instead of seeding. */
  from: string | null;
}

function parseOptions(argv: readonly string[]): RunOptions {
  const args = new Args(argv, {
    options: ['entries', 'seed', 'only', 'output', 'from'],
    flags: ['quick', 'keep-data'],
  });
  const quick = args.flag('quick');
  const only = args.string('only') ?? null;
  const names = [...CORE_BENCHMARKS, ...RENDERER_BENCHMARKS].map((benchmark) => benchmark.name);
  if (
    only !== null &&
    only !== 'core' &&
    only !== 'renderer' &&
    !names.some((n) => n.includes(only))
  ) {
    throw new Error(
      `--only takes core, renderer or part of a benchmark's name (${names.join(', ')}), not "${only}".`,
    );
  }
  return {
    quick,
    entries: args.count('entries', quick ? 500 : 10_000, 1),
    seed: args.count('seed', DEFAULT_SEED_OPTIONS.seed),
    only,
    keep: args.flag('keep-data'),
    output: resolve(args.string('output') ?? join(ROOT, 'bench-results.json')),
    from: args.string('from') ?? null,
  };
}

const log = (line: string) => console.log(line);

/** The benchmarks of one side that `--only` asks for. */
function selected<C>(
  benchmarks: readonly Benchmark<C>[],
  only: string | null,
  side: 'core' | 'renderer',
): readonly Benchmark<C>[] {
  if (only === null || only === side) return benchmarks;
  if (only === 'core' || only === 'renderer') return [];
  return benchmarks.filter((benchmark) => benchmark.name.includes(only));
}

/** The long StarterKit-only entry the typing benchmark edits, dated mid-journal (not the newest). */
function addLongEntry(dataDir: string, seed: number) {
  const journal = openJournal({ dataDir, host: 'web' });
  try {
    const { db } = journal;
    const generated = entryDoc(new Random(seed + 3), LONG_ENTRY_WORDS, { starterKitOnly: true });
    const body = {
      ...generated,
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: LONG_ENTRY_TITLE }],
        },
        ...(generated.content ?? []).slice(1),
      ],
    };
    const entry = createEntry(
      db,
      { entryDate: '2021-06-15', body },
      new Date('2021-06-15T20:00:00Z'),
    );
    const newest = listEntries(db, { limit: 1 })[0];
    if (!newest) throw new Error('The seeded journal has no entries.');
    return {
      newest: { id: newest.id, title: newest.title },
      longEntry: { id: entry.id, title: entry.title, words: entry.wordCount, body: entry.body },
    };
  } finally {
    journal.session.close();
  }
}

async function runRenderer(
  dataDir: string,
  options: RunOptions,
  entryCount: number,
  machine: Record<string, unknown>,
  benchmarks: readonly Benchmark<RendererContext>[],
): Promise<BenchRow[]> {
  const executablePath = process.env.WAYMARK_CHROMIUM || process.env.CHROMIUM_PATH;
  if (!executablePath) {
    throw new Error('No Chromium: run through `npm run bench`, or set CHROMIUM_PATH.');
  }
  const prepared = addLongEntry(dataDir, options.seed);
  const printAspirationId = addPrintPlan(dataDir, DEFAULT_SEED_OPTIONS.until);
  const host = await startWebHost(join(ROOT, 'out', 'main', 'web.js'), dataDir);
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    machine.chromium = browser.version();
    try {
      const ctx: RendererContext = {
        browser,
        url: host.url,
        quick: options.quick,
        seed: options.seed,
        entryCount,
        ...prepared,
        printAspirationId,
        rendererDir: join(ROOT, 'out', 'renderer'),
        bareEditorScript: join(ROOT, 'out', 'bench', 'bare-editor', 'bare-editor.js'),
      };
      return await runBenchmarks(benchmarks, ctx, log);
    } finally {
      await browser.close();
    }
  } finally {
    await host.stop();
  }
}

interface Seeded {
  lines: string[];
  counts: Record<string, number>;
  entryIds: string[];
  /** How long seeding took; null for a copied journal. */
  seconds: number | null;
}

function seedInto(dataDir: string, entries: number, seed: number): Seeded {
  log(`Seeding ${entries.toLocaleString('en')} entries (seed ${seed})…`);
  const started = performance.now();
  const journal = openJournal({ dataDir, host: 'web' });
  try {
    const result = seedJournal(journal.db, { ...DEFAULT_SEED_OPTIONS, entries, seed });
    journal.db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    journal.session.close();
  }
}

/**
 * `--from DIR`: a copy of a journal `npm run seed` wrote, so runs before and after a change work on
 * the same file without seeding it again (a 100,000-entry seed takes minutes).
 */
function copySeeded(from: string, dataDir: string): Seeded {
  const source = join(resolve(from), JOURNAL_FILE);
  statSync(source);
  log(`Copying the seeded journal ${source}…`);
  cpSync(source, join(dataDir, JOURNAL_FILE));
  const journal = openJournal({ dataDir, host: 'web' });
  try {
    const entryIds = journal.db
      .prepare<[], string>(
        'SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY entry_date, created_at',
      )
      .pluck()
      .all();
    const words = journal.db
      .prepare<[], number>('SELECT coalesce(sum(word_count), 0) FROM entries')
      .pluck()
      .get() as number;
    return {
      lines: [`Copied ${entryIds.length.toLocaleString('en')} live entries.`],
      counts: { words },
      entryIds,
      seconds: null,
    };
  } finally {
    journal.session.close();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const mode = options.quick ? 'quick' : 'full';
  const machine: Record<string, unknown> = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const rows: BenchRow[] = [];
  let journalInfo: Record<string, unknown>;
  log(`Waymark benchmarks (${mode}):`);
  try {
    const seeded = options.from
      ? copySeeded(options.from, dataDir)
      : seedInto(dataDir, options.entries, options.seed);
    for (const line of seeded.lines) log(`  ${line}`);
    journalInfo = {
      entries: seeded.entryIds.length,
      words: seeded.counts.words,
      seed: options.seed,
      fileMB: +(statSync(join(dataDir, JOURNAL_FILE)).size / 1024 ** 2).toFixed(1),
      ...(options.from ? { copiedFrom: resolve(options.from) } : {}),
    };
    if (seeded.seconds !== null) {
      const entries = options.entries.toLocaleString('en');
      rows.push(
        single(
          'seed',
          `Seed ${entries} entries`,
          's',
          seeded.seconds,
          options.entries >= 10_000 ? { stat: 'median', max: 60 } : null,
          `${journalInfo.fileMB} MB journal, ${((seeded.counts.words ?? 0) / 1e6).toFixed(2)} million words`,
        ),
      );
    }

    const core = selected(CORE_BENCHMARKS, options.only, 'core');
    const renderer = selected(RENDERER_BENCHMARKS, options.only, 'renderer');
    if (core.length > 0) {
      log('Core (Node, SQLite on disk):');
      rows.push(
        ...(await runBenchmarks(
          core,
          { dataDir, quick: options.quick, seed: options.seed, entryIds: seeded.entryIds },
          log,
        )),
      );
    }
    if (renderer.length > 0) {
      log('Renderer (Chromium, browser edition):');
      try {
        rows.push(
          ...(await runRenderer(dataDir, options, seeded.entryIds.length, machine, renderer)),
        );
      } catch (error) {
        rows.push(errored('renderer', 'Renderer benchmarks', error));
      }
    }
  } finally {
    if (options.keep) log(`Kept the seeded journal in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }

  const counts = tally(rows);
  const durationSeconds = +((performance.now() - started) / 1000).toFixed(1);
  log('');
  log(renderTable(rows));
  log('');
  log(
    `${counts.pass} passed, ${counts.fail} missed, ${counts.error} errors (${mode} run, ${durationSeconds} s; ${machine.cpus} cores shared with other work).`,
  );
  writeFileSync(
    options.output,
    `${JSON.stringify(
      {
        mode,
        createdAt: new Date().toISOString(),
        durationSeconds,
        machine,
        journal: journalInfo,
        summary: counts,
        rows,
      },
      null,
      2,
    )}\n`,
  );
  log(`Wrote ${options.output}`);
  if (counts.error > 0) return 1;
  return !options.quick && counts.fail > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `The benchmarks could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
