import type { Db } from '../../../src-main/db/open';
import { Random } from './random';
import { SEED_STEPS, type SeedOptions, type SeedStep, type StepReport } from './steps';

export type { SeedOptions } from './steps';

export const DEFAULT_SEED_OPTIONS: SeedOptions = {
  entries: 10_000,
  aspirations: 20,
  goals: 500,
  seed: 1,
  until: '2025-10-31',
  years: 10,
};

export interface SeedResult {
  /** Per step: what was written, or why it was not. */
  lines: string[];
  counts: Record<string, number>;
  /** Ids of the live entries, oldest first. */
  entryIds: string[];
}

export function tablesOf(db: Db): Set<string> {
  const rows = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all();
  return new Set(rows.map((row) => row.name));
}

function skipReason(step: SeedStep, tables: Set<string>, options: SeedOptions): string | null {
  if (!step.tables.every((table) => tables.has(table))) return step.waiting(options);
  if (!step.run) {
    return `The ${step.name} tables exist, but the seed does not fill them yet: give that step a run in tests/bench/seed/steps.ts.`;
  }
  return null;
}

/**
 * Fills an open journal with a deterministic data set: the same options always give the same rows,
 * on any machine. Each step runs in its own batched transactions.
 */
export function seedJournal(db: Db, options: SeedOptions): SeedResult {
  const tables = tablesOf(db);
  const ctx = { db, rng: new Random(options.seed), options, entryIds: [] as string[] };
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  for (const step of SEED_STEPS) {
    if (!step.wanted(options)) continue;
    const reason = skipReason(step, tables, options);
    if (reason) {
      lines.push(reason);
      continue;
    }
    const report = (step.run as (c: typeof ctx) => StepReport)(ctx);
    lines.push(`Seeded ${report.summary}.`);
    Object.assign(counts, report.counts);
  }
  return { lines, counts, entryIds: ctx.entryIds };
}
