import { describe, expect, it } from 'vitest';
import * as aspirations from '../../src-main/plan/aspirations';
import { applyBackwards, proposeForAspiration } from '../../src-main/plan/backwards';
import { createFromTemplate, templatePreviews } from '../../src-main/plan/from-template';
import * as goals from '../../src-main/plan/goals';
import { listHistory } from '../../src-main/plan/history';
import { pivotAspiration } from '../../src-main/plan/pivot';
import { planTree } from '../../src-main/plan/tree';
import { tempJournal, totalChanges } from './helpers';
import { NOON_ISH, TODAY } from './plan-helpers';

function plan() {
  const ctx = tempJournal({ now: NOON_ISH });
  const now = NOON_ISH();
  const aspiration = aspirations.createAspiration(
    ctx.db,
    { title: 'Become creative director', horizonDate: '2030-12-31' },
    now,
  );
  const goal = (title: string, dueDate = '2028-01-01') =>
    goals.createGoal(ctx.db, { aspirationId: aspiration.id, title, dueDate }, now);
  return { ctx, db: ctx.db, now, aspiration, goal };
}

const titles = (db: Parameters<typeof planTree>[0]) =>
  planTree(db).aspirations.map((a) => [a.title, a.goals.map((g) => g.title)]);

describe('aspirations', () => {
  it('are created active at the end of the list, with an empty statement if none is given', () => {
    const { db, aspiration, now } = plan();
    const second = aspirations.createAspiration(db, { title: 'Teach design' }, now);
    expect(aspiration).toMatchObject({ status: 'active', position: 0, horizonDate: '2030-12-31' });
    expect(second).toMatchObject({ position: 1, horizonDate: null, statementText: '' });
  });

  it('are deleted with their goals and come back with them on restore', () => {
    const { db, aspiration, goal } = plan();
    goal('Win 50 pitches');
    aspirations.deleteAspiration(db, aspiration.id);
    expect(planTree(db).aspirations).toEqual([]);
    expect(() =>
      goals.createGoal(db, { aspirationId: aspiration.id, title: 'x', dueDate: TODAY }),
    ).toThrow(/no longer exists/);
    aspirations.restoreAspiration(db, aspiration.id);
    expect(titles(db)).toEqual([['Become creative director', ['Win 50 pitches']]]);
  });

  it('are reordered, and a filtered subset keeps the others where they are', () => {
    const { db, now } = plan();
    const b = aspirations.createAspiration(db, { title: 'B' }, now);
    const c = aspirations.createAspiration(db, { title: 'C' }, now);
    const d = aspirations.createAspiration(db, { title: 'D' }, now);
    const [a] = planTree(db).aspirations;
    aspirations.reorderAspirations(db, [d.id, a!.id, c.id, b.id]);
    expect(planTree(db).aspirations.map((x) => x.title)).toEqual([
      'D',
      'Become creative director',
      'C',
      'B',
    ]);
    // Only D and B are visible (say B and D are retired): swapping them leaves the others in place.
    aspirations.reorderAspirations(db, [b.id, d.id]);
    expect(planTree(db).aspirations.map((x) => x.title)).toEqual([
      'B',
      'Become creative director',
      'C',
      'D',
    ]);
    expect(() => aspirations.reorderAspirations(db, ['stranger'])).toThrow(/not in this list/);
  });

  it('is marked achieved with its date, and can be reopened', () => {
    const { db, aspiration } = plan();
    const achieved = aspirations.achieveAspiration(db, { id: aspiration.id }, NOON_ISH());
    expect(achieved).toMatchObject({ status: 'achieved', achievedOn: TODAY });
    expect(
      aspirations.achieveAspiration(db, { id: aspiration.id, achievedOn: '2026-01-01' }).achievedOn,
    ).toBe('2026-01-01');
    expect(aspirations.reopenAspiration(db, aspiration.id)).toMatchObject({
      status: 'active',
      achievedOn: null,
    });
    expect(listHistory(db, 'aspiration', aspiration.id).map((v) => v.summary)).toEqual([
      'Reopened.',
      'Marked achieved on 1 January 2026.',
      'Marked achieved on 15 January 2026.',
      'Created.',
    ]);
  });

  it('is retired with a reflection and stays visible under the retired filter', () => {
    const { db, aspiration, goal } = plan();
    goal('Win 50 pitches');
    const retired = aspirations.retireAspiration(
      db,
      { id: aspiration.id, reason: 'I found teaching' },
      NOON_ISH(),
    );
    expect(retired).toMatchObject({
      status: 'retired',
      retiredOn: TODAY,
      retiredReason: 'I found teaching',
    });
    expect(planTree(db, { statuses: ['active'] }).aspirations).toEqual([]);
    expect(planTree(db, { statuses: ['retired'] }).aspirations[0]).toMatchObject({
      title: 'Become creative director',
      goals: [expect.objectContaining({ title: 'Win 50 pitches' })],
    });
  });
});

describe('a pivot', () => {
  it('retires the aspiration and carries the chosen goals to its replacement', () => {
    const { db, aspiration, goal, now } = plan();
    const keep1 = goal('Find a mentor');
    const left = goal('Win 50 pitches');
    const keep2 = goal('Join an association');
    const after = aspirations.createAspiration(db, { title: 'Later one' }, now);

    const result = pivotAspiration(
      db,
      {
        id: aspiration.id,
        reason: 'Teaching design excites me more than agency life',
        replacement: { title: 'Teach design at a university', horizonDate: '2031-09-01' },
        carryGoalIds: [keep2.id, keep1.id],
      },
      now,
    );
    expect(result.retired).toMatchObject({
      status: 'retired',
      retiredReason: 'Teaching design excites me more than agency life',
      replacedBy: result.replacement.id,
    });
    expect(result.carried.map((g) => g.title)).toEqual(['Find a mentor', 'Join an association']);

    // The replacement sits right after the retired one; goals keep their order.
    expect(titles(db)).toEqual([
      ['Become creative director', ['Win 50 pitches']],
      ['Teach design at a university', ['Find a mentor', 'Join an association']],
      ['Later one', []],
    ]);
    expect(after.position).toBe(1);

    expect(listHistory(db, 'aspiration', aspiration.id)[0]!.summary).toBe(
      'Pivoted to “Teach design at a university”: “Teaching design excites me more than agency life”.',
    );
    expect(listHistory(db, 'aspiration', result.replacement.id)[0]!.summary).toBe(
      'Created as the pivot from “Become creative director”.',
    );
    expect(listHistory(db, 'goal', keep1.id)[0]).toMatchObject({
      cause: 'moved',
      summary: 'Carried over from “Become creative director” to “Teach design at a university”.',
    });
    expect(goals.requireGoal(db, left.id).aspirationId).toBe(aspiration.id);
  });

  it('changes nothing when a goal to carry is not the aspiration’s own', () => {
    const { ctx, ...p } = plan();
    const other = aspirations.createAspiration(ctx.db, { title: 'Other' }, p.now);
    const stranger = goals.createGoal(ctx.db, {
      aspirationId: other.id,
      title: 'Not mine',
      dueDate: TODAY,
    });
    const before = totalChanges(ctx);
    expect(() =>
      pivotAspiration(ctx.db, {
        id: p.aspiration.id,
        reason: 'Why not',
        replacement: { title: 'New' },
        carryGoalIds: [stranger.id],
      }),
    ).toThrow(/Only goals of this aspiration/);
    expect(totalChanges(ctx)).toBe(before);
    expect(planTree(ctx.db).aspirations.map((a) => a.title)).toEqual([
      'Become creative director',
      'Other',
    ]);
  });

  it('refuses to pivot an aspiration that is already retired', () => {
    const { db, aspiration } = plan();
    aspirations.retireAspiration(db, { id: aspiration.id, reason: 'Done with it' });
    expect(() =>
      pivotAspiration(db, {
        id: aspiration.id,
        reason: 'x',
        replacement: { title: 'y' },
        carryGoalIds: [],
      }),
    ).toThrow(/already retired/);
  });
});

describe('goals and steps', () => {
  it('completes a goal on the day it is marked done, and forgets the date when reopened', () => {
    const { db, goal } = plan();
    const g = goal('Win 50 pitches');
    expect(goals.updateGoal(db, { id: g.id, status: 'done' }, NOON_ISH())).toMatchObject({
      status: 'done',
      completedOn: TODAY,
    });
    expect(goals.updateGoal(db, { id: g.id, status: 'in_progress' })).toMatchObject({
      completedOn: null,
    });
  });

  it('reorders goals and steps, deletes and restores them', () => {
    const { db, goal } = plan();
    const [a, b, c] = [goal('A'), goal('B'), goal('C')];
    goals.reorderGoals(db, a.aspirationId, [c.id, a.id, b.id]);
    expect(titles(db)[0]![1]).toEqual(['C', 'A', 'B']);
    goals.deleteGoal(db, a.id);
    expect(titles(db)[0]![1]).toEqual(['C', 'B']);
    goals.restoreGoal(db, a.id);
    expect(titles(db)[0]![1]).toEqual(['C', 'A', 'B']);

    const s1 = goals.createStep(db, { goalId: b.id, text: 'One' });
    const s2 = goals.createStep(db, { goalId: b.id, text: 'Two', dueDate: '2027-01-01' });
    goals.reorderSteps(db, b.id, [s2.id, s1.id]);
    const ticked = goals.updateStep(db, { id: s1.id, done: true }, NOON_ISH());
    expect(ticked).toMatchObject({ done: true, doneOn: TODAY });
    goals.deleteStep(db, s2.id);
    let node = planTree(db).aspirations[0]!.goals.find((g) => g.id === b.id)!;
    expect(node.steps.map((s) => s.text)).toEqual(['One']);
    goals.restoreStep(db, s2.id);
    node = planTree(db).aspirations[0]!.goals.find((g) => g.id === b.id)!;
    expect(node.steps.map((s) => [s.text, s.done])).toEqual([
      ['Two', false],
      ['One', true],
    ]);
    expect(node.progress).toMatchObject({ source: 'steps', percent: 50 });
    expect(goals.updateStep(db, { id: s1.id, done: false }).doneOn).toBeNull();
    expect(() => goals.reorderSteps(db, b.id, [a.id])).toThrow(/not in this list/);
  });
});

describe('templates and working backwards over the database', () => {
  it('creates an ordinary, editable plan from a template, dated from today', () => {
    const { db, now } = plan();
    const previews = templatePreviews(now);
    expect(previews.find((p) => p.id === 'advertising')).toMatchObject({
      industry: 'Advertising',
      horizonDate: '2031-01-15',
    });
    const created = createFromTemplate(db, 'advertising', now);
    const node = planTree(db, { aspirationIds: [created.id] }, now).aspirations[0]!;
    expect(node.title).toBe('Become an award-winning creative director');
    expect(node.statementText).toMatch(/creative agency/);
    expect(node.goals.length).toBeGreaterThanOrEqual(4);
    expect(node.goals.every((g) => g.smart.complete && g.metricCurrent === 0)).toBe(true);
    expect(node.goals.flatMap((g) => g.steps).length).toBeGreaterThan(4);
    expect(node.warnings).toEqual([]);
    expect(listHistory(db, 'goal', node.goals[0]!.id)[0]!.summary).toBe(
      'Created from the Advertising template.',
    );
    const edited = goals.updateGoal(db, { id: node.goals[0]!.id, metricCurrent: 4 });
    expect(edited.metricCurrent).toBe(4);
    expect(() => createFromTemplate(db, 'astronaut')).toThrow(/no template/);
  });

  it('proposes dates back from the horizon, then saves the adjusted goals in date order', () => {
    const { db, aspiration, now } = plan();
    const proposals = proposeForAspiration(
      db,
      { aspirationId: aspiration.id, titles: ['Lead a team', 'Win an award'] },
      now,
    );
    expect(proposals.map((p) => [p.title, p.dueDate])).toEqual([
      ['Win an award', '2028-07-08'],
      ['Lead a team', '2030-12-31'],
    ]);
    const saved = applyBackwards(
      db,
      {
        aspirationId: aspiration.id,
        goals: [
          { title: 'Lead a team', startDate: '2028-07-09', dueDate: '2030-06-30' },
          { title: 'Win an award', startDate: TODAY, dueDate: '2028-01-31' },
        ],
      },
      now,
    );
    expect(saved.map((g) => g.title)).toEqual(['Win an award', 'Lead a team']);
    expect(titles(db)[0]![1]).toEqual(['Win an award', 'Lead a team']);

    aspirations.updateAspiration(db, { id: aspiration.id, horizonDate: null });
    expect(() =>
      proposeForAspiration(db, { aspirationId: aspiration.id, titles: ['x'] }, now),
    ).toThrow(/Set a horizon date first/);
  });
});
