import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../src-main/db/migrate';
import { LATEST_VERSION } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import { listHistory } from '../../src-main/plan/history';
import { goalSearchText, syncGoalIndex } from '../../src-main/plan/search-sync';
import { planTree } from '../../src-main/plan/tree';
import { search } from '../../src-main/search/service';
import { copyOfFixture } from './helpers';

/**
 * `tests/fixtures/plan-v2.sqlite` was written by the release that introduced the plan (format 2):
 * the Advertising template started on 15 January 2026, a goal edited (title, measure, status), a
 * step ticked, a goal deleted, a second aspiration retired with a reflection, and one journal entry.
 * Every later format must open it with all of that intact.
 */
describe('upgrading a journal written by the plan’s first release (format 2)', () => {
  it('keeps every aspiration, goal, step and version', () => {
    const file = copyOfFixture('plan-v2.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);

    const tree = planTree(db, {}, new Date(Date.UTC(2026, 0, 16, 12)));
    expect(tree.aspirations.map((a) => [a.title, a.status, a.horizonDate])).toEqual([
      ['Become an award-winning creative director', 'active', '2031-01-15'],
      ['Run a print shop', 'retired', '2028-01-01'],
    ]);
    const [advertising, printShop] = tree.aspirations;
    expect(printShop!.retiredReason).toBe('Digital work excites me more');
    expect(advertising!.goals.map((g) => g.title)).toEqual([
      'Become associate art director',
      'Find a mentor among leading creatives',
      'Join an industry association and grow my network',
      'Win 50 pitches',
      'Win an international award',
    ]);
    const pitches = advertising!.goals[3]!;
    expect(pitches).toMatchObject({
      status: 'in_progress',
      metricCurrent: 12,
      dueDate: '2030-01-15',
      progress: { percent: 24 },
    });
    expect(pitches.steps[0]).toMatchObject({ done: true, doneOn: '2026-01-15' });
    expect(listHistory(db, 'goal', advertising!.goals[0]!.id).map((v) => v.summary)).toEqual([
      'Title: “Get promoted to associate art director” → “Become associate art director”.',
      'Created from the Advertising template.',
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('indexes the existing aspirations and live goals for search, as a save would (format 10)', () => {
    const file = copyOfFixture('plan-v2.sqlite');
    const db = openDatabase(file);
    const tree = planTree(db, {}, new Date(Date.UTC(2026, 0, 16, 12)));
    const goals = tree.aspirations.flatMap((a) => a.goals);
    const deleted = db
      .prepare<[], { id: string; title: string }>(
        'SELECT id, title FROM goals WHERE deleted_at IS NOT NULL',
      )
      .all();
    expect(deleted).toHaveLength(1);
    const indexed = (kind: string) =>
      db
        .prepare<[string], string>('SELECT ref_id FROM search_documents WHERE kind = ? ORDER BY 1')
        .pluck()
        .all(kind);
    expect(indexed('aspiration')).toEqual(tree.aspirations.map((a) => a.id).sort());
    expect(indexed('goal')).toEqual(goals.map((g) => g.id).sort());
    expect(indexed('goal')).not.toContain(deleted[0]!.id);
    const pitches = goals.find((g) => g.title === 'Win 50 pitches')!;
    expect(search(db, { text: 'pitches', kinds: ['goal'] }).results.map((r) => r.refId)).toContain(
      pitches.id,
    );
    // What the migration wrote is exactly what saving the goal writes (goalSearchText as the
    // body): the same words at the same places. The index keeps no text since format 13.
    db.exec('CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_index, instance)');
    const words = () =>
      db
        .prepare(
          `SELECT v.col, v.offset, v.term FROM temp.words v
           JOIN search_documents d ON d.doc_id = v.doc
           WHERE d.kind = 'goal' AND d.ref_id = ? ORDER BY 1, 2`,
        )
        .all(pitches.id);
    const before = words();
    expect(before.length).toBeGreaterThan(goalSearchText(pitches).split(/\s+/).length);
    syncGoalIndex(db, pitches);
    expect(words()).toEqual(before);
    db.close();
  });
});
