import { describe, expect, it } from 'vitest';
import { listEntries } from '../../src-main/journal/service';
import { planTree } from '../../src-main/plan/tree';
import { search } from '../../src-main/search/service';
import { listTags } from '../../src-main/tags/service';
import { valuesHistory } from '../../src-main/values/overview';
import { Random } from '../bench/seed/random';
import { DEFAULT_SEED_OPTIONS, seedJournal } from '../bench/seed/seed-journal';
import { percentile } from '../bench/stats';
import { tempJournal } from './helpers';

/** A fresh journal seeded with the default options, but for `options`. */
function seeded(options: Partial<typeof DEFAULT_SEED_OPTIONS>) {
  const { db } = tempJournal();
  return { db, result: seedJournal(db, { ...DEFAULT_SEED_OPTIONS, ...options }) };
}

function rowsOf(seed: number) {
  const { db, result } = seeded({ entries: 60, aspirations: 3, goals: 12, seed });
  const rows = db
    .prepare('SELECT id, entry_date, body_json, created_at, deleted_at FROM entries ORDER BY id')
    .all();
  // The plan services draw their own ids, so the plan is compared by content.
  const plan = db
    .prepare(
      `SELECT a.title AS aspiration, g.title, g.due_date, g.status, g.metric_target,
         (SELECT group_concat(s.text, '|') FROM goal_steps s WHERE s.goal_id = g.id) AS steps
       FROM goals g JOIN aspirations a ON a.id = g.aspiration_id ORDER BY a.position, g.position`,
    )
    .all();
  return { db, result, rows, plan };
}

describe('the benchmark seed', () => {
  it('writes the same journal for the same seed, and another for another seed', () => {
    const first = rowsOf(7);
    const second = rowsOf(7);
    const other = rowsOf(8);
    expect(second.rows).toEqual(first.rows);
    expect(second.plan).toEqual(first.plan);
    expect(first.plan).toHaveLength(12);
    expect(other.rows).not.toEqual(first.rows);
    expect(other.plan).not.toEqual(first.plan);
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

  it('fills the plan, values checks, tags and entry history through the services', () => {
    const { db, result } = seeded({ entries: 120, aspirations: 4, goals: 30 });
    expect(result.lines.join('\n')).not.toMatch(/does not fill|will be seeded/);
    const tree = planTree(db, {}, new Date(`${DEFAULT_SEED_OPTIONS.until}T12:00:00Z`));
    expect(tree.aspirations).toHaveLength(4);
    const goals = tree.aspirations.flatMap((aspiration) => aspiration.goals);
    expect(goals).toHaveLength(30);
    expect(goals.every((goal) => goal.steps.length >= 2 && goal.steps.length <= 6)).toBe(true);
    expect(new Set(goals.map((goal) => goal.status)).size).toBeGreaterThan(1);
    expect(goals.some((goal) => goal.smart.complete)).toBe(true);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    // Every goal was written through the service, which records its first version.
    expect(count("SELECT count(*) AS n FROM plan_revisions WHERE kind = 'goal'")).toBe(30);
    for (const aspiration of tree.aspirations) {
      const checks = valuesHistory(db, aspiration.id).checks;
      expect(checks.length).toBeGreaterThanOrEqual(3);
      expect(checks.every((check) => check.checkedOn <= DEFAULT_SEED_OPTIONS.until)).toBe(true);
    }
    expect(count('SELECT count(*) AS n FROM entry_tags')).toBeGreaterThan(20);
    const tag = listTags(db)[0];
    expect(tag?.entryCount).toBeGreaterThan(0);
    // Tagged entries are found by tag through the search index the tags service keeps.
    expect(search(db, { text: 'the', tag: tag?.name }).results.length).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM entry_snapshots')).toBeGreaterThan(0);
    expect(result.counts.goals).toBe(30);
    expect(result.counts.valuesChecks).toBeGreaterThanOrEqual(12);
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
