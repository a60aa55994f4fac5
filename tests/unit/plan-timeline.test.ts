import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import * as aspirations from '../../src-main/plan/aspirations';
import * as goals from '../../src-main/plan/goals';
import { timelinePlanFromTree } from '../../src-main/shared/plan/timeline-plan';
import { planTree, timelinePlan } from '../../src-main/plan/tree';
import { tempJournal, totalChanges } from './helpers';
import { NOON_ISH, TODAY } from './plan-helpers';

/** A small plan with what the slim answer must keep and what it must leave out. */
function seedPlan(db: ReturnType<typeof tempJournal>['db']) {
  const lead = aspirations.createAspiration(db, { title: 'Lead', horizonDate: '2027-12-31' });
  const retired = aspirations.createAspiration(db, { title: 'Retired one' });
  aspirations.retireAspiration(db, { id: retired.id, reason: 'Changed my mind.' });
  const gone = aspirations.createAspiration(db, { title: 'Deleted' });
  goals.createGoal(db, { aspirationId: gone.id, title: 'Orphaned', dueDate: '2027-01-01' });
  aspirations.deleteAspiration(db, gone.id);
  const pitches = goals.createGoal(db, {
    aspirationId: lead.id,
    title: 'Win 50 pitches',
    dueDate: '2028-03-01',
    startDate: '2026-02-01',
    specificWhat: 'Win fifty pitches.',
    metricName: 'pitches won',
    metricTarget: 50,
    metricCurrent: 10,
  });
  const bare = goals.createGoal(db, {
    aspirationId: lead.id,
    title: 'Bare',
    dueDate: '2026-01-01',
  });
  goals.createGoal(db, { aspirationId: retired.id, title: 'Old goal', dueDate: '2026-06-01' });
  const dated = goals.createStep(db, {
    goalId: pitches.id,
    text: 'Ask to join pitches',
    dueDate: '2028-04-01',
  });
  goals.createStep(db, { goalId: pitches.id, text: 'No date yet', done: true });
  const deleted = goals.createStep(db, {
    goalId: pitches.id,
    text: 'Deleted step',
    dueDate: '2026-05-01',
  });
  goals.deleteStep(db, deleted.id);
  goals.reorderGoals(db, lead.id, [bare.id, pitches.id]);
  return { lead, retired, pitches, bare, dated };
}

describe('the timeline plan', () => {
  it('keeps what the Timeline draws: every live aspiration, goals in order, dated steps only', () => {
    const { db } = tempJournal({ now: NOON_ISH });
    const { lead, retired, pitches, bare, dated } = seedPlan(db);
    const plan = timelinePlan(db, NOON_ISH());

    expect(plan.today).toBe(TODAY);
    expect(plan.aspirations.map((a) => [a.title, a.status])).toEqual([
      ['Lead', 'active'],
      ['Retired one', 'retired'],
    ]);
    const [first, second] = plan.aspirations;
    expect(first).toStrictEqual({
      id: lead.id,
      title: 'Lead',
      horizonDate: '2027-12-31',
      status: 'active',
      goals: expect.any(Array),
    });
    expect(second!.id).toBe(retired.id);
    expect(first!.goals.map((g) => g.id)).toEqual([bare.id, pitches.id]);
    const goal = first!.goals[1]!;
    expect(Object.keys(goal).sort()).toEqual(
      [
        'id',
        'title',
        'specificWhat',
        'startDate',
        'dueDate',
        'status',
        'position',
        'createdAt',
        'steps',
        'progress',
        'smart',
      ].sort(),
    );
    expect(goal).toMatchObject({
      title: 'Win 50 pitches',
      startDate: '2026-02-01',
      dueDate: '2028-03-01',
      specificWhat: 'Win fifty pitches.',
      progress: { percent: 20, label: 'Pitches won: 10 of 50' },
      smart: { completeCount: 2 },
    });
    // The undated step still counts towards progress by steps, but is not sent: it is not drawn.
    expect(goal.steps).toStrictEqual([
      { id: dated.id, text: 'Ask to join pitches', dueDate: '2028-04-01', done: false },
    ]);
  });

  it('answers the same as slimming the whole plan tree', () => {
    const { db } = tempJournal({ now: NOON_ISH });
    seedPlan(db);
    expect(timelinePlan(db, NOON_ISH())).toStrictEqual(
      timelinePlanFromTree(planTree(db, {}, NOON_ISH())),
    );
  });

  it('is a fraction of the plan tree’s size', () => {
    const { db } = tempJournal({ now: NOON_ISH });
    const { lead } = seedPlan(db);
    for (let g = 0; g < 40; g++) {
      const goal = goals.createGoal(db, {
        aspirationId: lead.id,
        title: `Goal ${g}`,
        dueDate: '2027-06-01',
        specificWhy: 'Because it matters to me, and here is a sentence about why.',
        obstacles: 'Time, mostly; and a second sentence about obstacles.',
        actionPlan: 'Block out Friday mornings.',
      });
      for (let s = 0; s < 4; s++)
        goals.createStep(db, { goalId: goal.id, text: `Step ${s}`, done: s % 2 === 0 });
    }
    const slim = JSON.stringify(timelinePlan(db, NOON_ISH())).length;
    const whole = JSON.stringify(planTree(db, {}, NOON_ISH())).length;
    expect(slim).toBeLessThan(whole / 2);
  });

  it('goes through the router, refuses a payload with anything in it, and writes nothing', async () => {
    const ctx = tempJournal({ now: NOON_ISH });
    seedPlan(ctx.db);
    const router = createAppRouter(ctx);
    const before = totalChanges(ctx);
    const answer = await router.call('plan:timeline', {});
    expect(answer).toStrictEqual({ ok: true, value: timelinePlan(ctx.db, NOON_ISH()) });
    const refused = await router.call('plan:timeline', { statuses: ['active'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(totalChanges(ctx)).toBe(before);
  });
});
