import type { Db } from '../../../src-main/db/open';
import { createEntry, trashEntry, updateEntry } from '../../../src-main/journal/service';
import { addTag } from '../../../src-main/tags/service';
import { entryDoc, entryLength } from './entry-doc';
import { seedPlan, seedValuesChecks } from './plan-seed';
import type { Random } from './random';

export interface SeedOptions {
  entries: number;
  aspirations: number;
  goals: number;
  seed: number;
  /** The newest entry's date; the journal reaches back `years` from it. Fixed, so runs compare. */
  until: string;
  years: number;
}

export interface SeedContext {
  db: Db;
  rng: Random;
  options: SeedOptions;
  /** Ids of the live entries written so far, oldest first, for steps that link or revise them. */
  entryIds: string[];
  /** Ids of the aspirations the plan step wrote, for the values checks. */
  aspirationIds?: string[];
}

export interface StepReport {
  /** One line for the person running the seed, e.g. "10,000 entries (3.0 million words)". */
  summary: string;
  counts?: Record<string, number>;
}

/**
 * One kind of data in the journal. A step names the tables it writes; until they exist in this
 * branch's schema the step is skipped with its `waiting` line, so a feature that lands later adds
 * its data by filling in its own step's `run`, nothing else.
 */
export interface SeedStep {
  name: string;
  tables: string[];
  /** Whether the person asked for this data at all (e.g. `--goals 0` skips the plan). */
  wanted: (options: SeedOptions) => boolean;
  waiting: (options: SeedOptions) => string;
  run?: (ctx: SeedContext) => StepReport;
}

const BATCH = 500;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Entry dates spread over the years, oldest first; busy weeks and quiet months, as people write. */
function entryDates(rng: Random, options: SeedOptions): string[] {
  const span = Math.round(options.years * 365.25);
  const start = addDays(options.until, -span);
  const offsets = Array.from({ length: options.entries }, () => rng.int(0, span));
  offsets.sort((a, b) => a - b);
  if (offsets.length > 0) offsets[offsets.length - 1] = span;
  return offsets.map((offset) => addDays(start, offset));
}

function seedEntries(ctx: SeedContext): StepReport {
  const { db, rng, options } = ctx;
  const dates = entryDates(rng, options);
  let words = 0;
  let trashed = 0;
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const date = dates[i] as string;
      const written = new Date(
        `${date}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
      );
      // Through the real service: the same title, plain text and word count the app derives.
      const entry = createEntry(
        db,
        { id: rng.uuid(), entryDate: date, body: entryDoc(rng, entryLength(rng)) },
        written,
      );
      words += entry.wordCount;
      // A few entries end in the trash, as in any journal kept for years (not the newest one).
      if (i < dates.length - 1 && rng.chance(0.01)) {
        trashEntry(db, entry.id, new Date(written.getTime() + 86_400_000));
        trashed++;
      } else {
        ctx.entryIds.push(entry.id);
      }
    }
  });
  for (let from = 0; from < dates.length; from += BATCH) {
    write(from, Math.min(dates.length, from + BATCH));
  }
  const million = (words / 1_000_000).toFixed(1);
  return {
    summary: `${options.entries.toLocaleString('en')} entries (${million} million words, ${trashed} in the trash)`,
    counts: { entries: options.entries, words, trashed },
  };
}

const TAG_NAMES = [
  'work',
  'learning',
  'feedback',
  'mentoring',
  'career',
  'team',
  'reading',
  'health',
  'pitch',
  'promotion',
  'side-project',
  'conference',
  'writing',
  'burnout',
  'wins',
];

/** About a third of the live entries carry one to three tags, added through the tags service. */
function seedTags(ctx: SeedContext): StepReport {
  const { db, rng, options } = ctx;
  const at = new Date(`${options.until}T21:00:00Z`);
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (!rng.chance(0.33)) continue;
      const count = rng.int(1, 3);
      for (let t = 0; t < count; t++) {
        addTag(db, { entryId: ctx.entryIds[i] as string, name: rng.pickSkewed(TAG_NAMES) }, at);
      }
    }
  });
  for (let from = 0; from < ctx.entryIds.length; from += BATCH) {
    write(from, Math.min(ctx.entryIds.length, from + BATCH));
  }
  const used = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entry_tags').get();
  return {
    summary: `${used?.n ?? 0} tags on entries (${TAG_NAMES.length} names)`,
    counts: { entryTags: used?.n ?? 0 },
  };
}

/**
 * Entry history: one entry in thirty is edited again two days after it was written, through the
 * journal service, which keeps the earlier text as a snapshot by its own rules.
 */
function seedSnapshots(ctx: SeedContext): StepReport {
  const { db, rng } = ctx;
  const read = db.prepare<[string], { body_json: string; created_at: string }>(
    'SELECT body_json, created_at FROM entries WHERE id = ?',
  );
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (!rng.chance(1 / 30)) continue;
      const id = ctx.entryIds[i] as string;
      const row = read.get(id);
      if (!row) continue;
      const body = JSON.parse(row.body_json) as { type: string; content?: unknown[] };
      const later = new Date(new Date(row.created_at).getTime() + 2 * 86_400_000);
      const line = 'Looking back two days later, I would add one more thing.';
      updateEntry(
        db,
        {
          id,
          body: {
            type: 'doc',
            content: [
              ...((body.content ?? []) as never[]),
              { type: 'paragraph', content: [{ type: 'text', text: line }] },
            ],
          },
        },
        later,
      );
    }
  });
  for (let from = 0; from < ctx.entryIds.length; from += BATCH) {
    write(from, Math.min(ctx.entryIds.length, from + BATCH));
  }
  const kept = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entry_snapshots').get();
  return { summary: `${kept?.n ?? 0} entry snapshots`, counts: { snapshots: kept?.n ?? 0 } };
}

/**
 * Every kind of data the seed writes, in order. Plan, values, tags and revisions are declared now
 * and gain a `run` when their tables land (write it beside seedEntries, one function each).
 */
export const SEED_STEPS: SeedStep[] = [
  {
    name: 'journal entries',
    tables: ['entries'],
    wanted: (options) => options.entries > 0,
    waiting: () => 'Journal entries cannot be seeded: this journal has no entries table.',
    run: seedEntries,
  },
  {
    name: 'aspirations, goals and steps',
    tables: ['aspirations', 'goals', 'goal_steps'],
    wanted: (options) => options.aspirations > 0 || options.goals > 0,
    waiting: (options) =>
      `${options.aspirations} aspirations and ${options.goals} goals will be seeded once the plan tables exist (this journal has none yet).`,
    run: seedPlan,
  },
  {
    name: 'values checks',
    tables: ['values_checks'],
    wanted: (options) => options.aspirations > 0,
    waiting: () => 'Values checks will be seeded once the values tables exist.',
    run: seedValuesChecks,
  },
  {
    name: 'tags',
    tables: ['tags', 'entry_tags'],
    wanted: (options) => options.entries > 0,
    waiting: () => 'Tags will be seeded once the tags table exists.',
    run: seedTags,
  },
  {
    name: 'revisions',
    tables: ['entry_snapshots'],
    wanted: (options) => options.entries > 0,
    waiting: () => 'Entry revisions will be seeded once the snapshots table exists.',
    run: seedSnapshots,
  },
];
