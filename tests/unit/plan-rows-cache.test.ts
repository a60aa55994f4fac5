import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Database from '../../src-main/db/sqlite';
import * as aspirations from '../../src-main/plan/aspirations';
import * as goals from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import { tempJournal } from './helpers';

/** The tree as a fresh connection reads it: what is on disk, with nothing kept from before. */
function treeOnDisk(file: string, now: Date) {
  const db = new Database(file, { readonly: true });
  try {
    return planTree(db, {}, now);
  } finally {
    db.close();
  }
}

describe('the plan rows kept between reads', () => {
  it('are read again after every kind of change, so the tree is always what is on disk', () => {
    const ctx = tempJournal();
    const { db } = ctx;
    const now = new Date('2026-03-01T12:00:00Z');
    const file = ctx.session.databaseFile;
    const a = aspirations.createAspiration(db, { title: 'Lead a studio' });
    const g = goals.createGoal(db, {
      aspirationId: a.id,
      title: 'Hire two',
      dueDate: '2027-01-01',
    });
    const step = goals.createStep(db, { goalId: g.id, text: 'Write the job ad' });
    const check = () => expect(planTree(db, {}, now)).toEqual(treeOnDisk(file, now));

    check();
    goals.updateStep(db, { id: step.id, done: true });
    check();
    goals.updateGoal(db, { id: g.id, dueDate: '2027-02-01' });
    check();
    const second = goals.createStep(db, { goalId: g.id, text: 'Ask for referrals' });
    goals.reorderSteps(db, g.id, [second.id, step.id]);
    check();
    goals.deleteStep(db, step.id);
    check();
    goals.restoreStep(db, step.id);
    check();
    goals.deleteGoal(db, g.id);
    check();
    goals.restoreGoal(db, g.id);
    check();
    // A write by hand, outside the plan's services, counts too.
    db.prepare("UPDATE goals SET title = 'Hire three' WHERE id = ?").run(g.id);
    check();
    expect(planTree(db, {}, now).aspirations[0]?.goals[0]?.title).toBe('Hire three');
  });

  it('are read again after another connection writes to the file', () => {
    const ctx = tempJournal();
    const now = new Date('2026-03-01T12:00:00Z');
    const a = aspirations.createAspiration(ctx.db, { title: 'Teach' });
    const g = goals.createGoal(ctx.db, {
      aspirationId: a.id,
      title: 'Run a workshop',
      dueDate: '2026-09-01',
    });
    expect(planTree(ctx.db, {}, now).aspirations[0]?.goals[0]?.title).toBe('Run a workshop');
    const other = new Database(ctx.session.databaseFile);
    other.prepare("UPDATE goals SET title = 'Run two workshops' WHERE id = ?").run(g.id);
    other.close();
    expect(planTree(ctx.db, {}, now).aspirations[0]?.goals[0]?.title).toBe('Run two workshops');
  });

  it('never answer with rows from before a change, whatever the changes', () => {
    const ctx = tempJournal();
    const { db } = ctx;
    const now = new Date('2026-03-01T12:00:00Z');
    const a = aspirations.createAspiration(db, { title: 'Grow' });
    const g = goals.createGoal(db, { aspirationId: a.id, title: 'Goal', dueDate: '2027-01-01' });
    const steps = [0, 1, 2].map(
      (n) => goals.createStep(db, { goalId: g.id, text: `Step ${n}` }).id,
    );
    const change = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), step: fc.nat(2), done: fc.boolean() }),
      fc.record({
        kind: fc.constant('rename' as const),
        step: fc.nat(2),
        text: fc.constantFrom('A', 'B', 'C'),
      }),
      fc.record({ kind: fc.constant('due' as const), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ kind: fc.constant('read' as const) }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        for (const c of changes) {
          if (c.kind === 'tick') goals.updateStep(db, { id: steps[c.step]!, done: c.done });
          if (c.kind === 'rename') goals.updateStep(db, { id: steps[c.step]!, text: c.text });
          if (c.kind === 'due') {
            goals.updateGoal(db, {
              id: g.id,
              dueDate: `2027-01-${String(c.day).padStart(2, '0')}`,
            });
          }
          expect(planTree(db, {}, now)).toEqual(treeOnDisk(ctx.session.databaseFile, now));
        }
      }),
      { numRuns: 40 },
    );
  });
});
