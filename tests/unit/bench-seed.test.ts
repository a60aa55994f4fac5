import { describe, expect, it } from 'vitest';
import { listEntries } from '../../src-main/journal/service';
import { Random } from '../bench/seed/random';
import { DEFAULT_SEED_OPTIONS, seedJournal } from '../bench/seed/seed-journal';
import { percentile } from '../bench/stats';
import { tempJournal } from './helpers';

function rowsOf(seed: number) {
  const { db } = tempJournal();
  const result = seedJournal(db, { ...DEFAULT_SEED_OPTIONS, entries: 60, seed });
  const rows = db
    .prepare('SELECT id, entry_date, body_json, created_at, deleted_at FROM entries ORDER BY id')
    .all();
  return { db, result, rows };
}

describe('the benchmark seed', () => {
  it('writes the same journal for the same seed, and another for another seed', () => {
    const first = rowsOf(7);
    const second = rowsOf(7);
    const other = rowsOf(8);
    expect(second.rows).toEqual(first.rows);
    expect(other.rows).not.toEqual(first.rows);
  });

  it('writes dated, formatted entries of a few hundred words reaching back ten years', () => {
    const { db, result } = rowsOf(1);
    const live = listEntries(db);
    expect(live.length).toBe(result.entryIds.length);
    expect(live[0]?.entryDate).toBe(DEFAULT_SEED_OPTIONS.until);
    expect((live.at(-1)?.entryDate ?? '') < '2017-01-01').toBe(true);
    const mean = live.reduce((sum, entry) => sum + entry.wordCount, 0) / live.length;
    expect(mean).toBeGreaterThan(150);
    expect(mean).toBeLessThan(500);
    const bodies = (db.prepare('SELECT body_json FROM entries').all() as { body_json: string }[])
      .map((row) => row.body_json)
      .join('');
    for (const node of ['heading', 'bulletList', 'taskList', 'blockquote', '"link"', '"bold"']) {
      expect(bodies).toContain(node);
    }
    expect(bodies).toMatch(/café|résumé|naïve/);
  });

  it('says which data it does not fill yet instead of failing', () => {
    const { db } = tempJournal();
    const result = seedJournal(db, {
      ...DEFAULT_SEED_OPTIONS,
      entries: 3,
      aspirations: 2,
      goals: 10,
    });
    expect(result.lines.join('\n')).toMatch(
      /aspirations, goals and steps tables exist, but the seed does not fill them yet|2 aspirations and 10 goals will be seeded/,
    );
  });

  it('draws the same numbers from the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws);
    expect(new Random(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/,
    );
  });

  it('reads medians and p95s by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile([3], 0.95)).toBe(3);
  });
});
