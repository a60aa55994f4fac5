import { describe, expect, it, vi } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import * as aspirations from '../../src-main/plan/aspirations';
import * as goals from '../../src-main/plan/goals';
import { planRepository } from '../../src-main/plan/repository';
import { toGoal, toStep } from '../../src-main/plan/rows';
import { planTree } from '../../src-main/plan/tree';
import { addDays } from '../../src-main/shared/calendar';
import { tempJournal, totalChanges } from './helpers';
import { NOON_ISH, TODAY } from './plan-helpers';

describe('the plan tree', () => {
  it('nests aspirations → goals → steps with progress, SMART and warnings', () => {
    const { db } = tempJournal({ now: NOON_ISH });
    const a = aspirations.createAspiration(db, { title: 'Lead', horizonDate: '2027-12-31' });
    const g = goals.createGoal(db, {
      aspirationId: a.id,
      title: 'Win 50 pitches',
      dueDate: '2028-03-01',
      metricName: 'pitches won',
      metricTarget: 50,
      metricCurrent: 10,
    });
    goals.createStep(db, { goalId: g.id, text: 'Ask to join pitches', dueDate: '2028-04-01' });
    const tree = planTree(db, {}, NOON_ISH());
    expect(tree.today).toBe(TODAY);
    const [node] = tree.aspirations;
    expect(node).toMatchObject({ title: 'Lead', progress: { percent: 20 } });
    expect(node!.goals[0]).toMatchObject({
      title: 'Win 50 pitches',
      progress: { percent: 20, label: 'Pitches won: 10 of 50' },
      smart: { completeCount: 1 },
      steps: [expect.objectContaining({ text: 'Ask to join pitches' })],
    });
    expect(node!.warnings.map((w) => w.code)).toEqual([
      'goal-due-after-horizon',
      'step-due-after-goal',
    ]);
    expect(node!.goals[0]!.warnings).toEqual(node!.warnings);
  });

  it('gives every field as the single-record reads do, in the order the person set', () => {
    const { db } = tempJournal({ now: NOON_ISH });
    const repository = planRepository(db);
    const kept = aspirations.createAspiration(db, { title: 'Kept' });
    const gone = aspirations.createAspiration(db, { title: 'Deleted aspiration' });
    const full = goals.createGoal(db, {
      aspirationId: kept.id,
      title: 'Quotes " and \\ backslashes, a tab\t, a line\nbreak, “curly”, café, 🚀',
      dueDate: '2027-03-01',
      startDate: '2026-02-01',
      specificWhat: 'What',
      specificWhy: 'Why',
      metricName: 'ratio',
      metricUnit: 'points',
      metricTarget: 0.1 + 0.2,
      metricCurrent: 1 / 3,
      obstacles: 'O',
      actionPlan: 'P',
      realisticWhy: 'R',
      letGo: 'L',
      status: 'done',
      completedOn: '2026-01-10',
    });
    const bare = goals.createGoal(db, {
      aspirationId: kept.id,
      title: 'Bare',
      dueDate: '2027-01-01',
    });
    const deletedGoal = goals.createGoal(db, {
      aspirationId: kept.id,
      title: 'Deleted goal',
      dueDate: '2027-01-01',
    });
    goals.createGoal(db, { aspirationId: gone.id, title: 'Orphaned', dueDate: '2027-01-01' });
    const later = goals.createStep(db, { goalId: full.id, text: 'Later', dueDate: '2027-02-01' });
    const done = goals.createStep(db, { goalId: full.id, text: 'Done', done: true });
    const deletedStep = goals.createStep(db, { goalId: full.id, text: 'Deleted step' });
    goals.createStep(db, { goalId: deletedGoal.id, text: 'Step of a deleted goal' });
    goals.reorderSteps(db, full.id, [done.id, deletedStep.id, later.id]);
    goals.reorderGoals(db, kept.id, [bare.id, deletedGoal.id, full.id]);
    goals.deleteStep(db, deletedStep.id);
    goals.deleteGoal(db, deletedGoal.id);
    aspirations.deleteAspiration(db, gone.id);

    const tree = planTree(db, {}, NOON_ISH());
    expect(tree.aspirations.map((a) => a.title)).toEqual(['Kept']);
    const nodes = tree.aspirations[0]!.goals;
    expect(nodes.map((g) => g.id)).toEqual([bare.id, full.id]);
    for (const node of nodes) {
      const goal = toGoal(repository.goal(node.id)!);
      expect(Object.keys(node)).toEqual([
        ...Object.keys(goal),
        'steps',
        'progress',
        'smart',
        'warnings',
      ]);
      expect(
        Object.fromEntries(Object.keys(goal).map((key) => [key, node[key as keyof typeof goal]])),
      ).toStrictEqual(goal);
      expect(node.steps).toStrictEqual(repository.stepsOf(node.id).map(toStep));
    }
    const [fullNode] = nodes.filter((g) => g.id === full.id);
    expect(fullNode!.metricTarget).toBe(0.1 + 0.2);
    expect(fullNode!.metricCurrent).toBe(1 / 3);
    expect(fullNode!.steps.map((step) => [step.text, step.done])).toEqual([
      ['Done', true],
      ['Later', false],
    ]);
  });

  it('reads a plan of 500 goals in three queries, quickly, and writes nothing', () => {
    const ctx = tempJournal({ now: NOON_ISH });
    const { db } = ctx;
    db.transaction(() => {
      for (let a = 0; a < 25; a++) {
        const asp = aspirations.createAspiration(db, {
          title: `Aspiration ${a}`,
          horizonDate: '2031-01-01',
        });
        for (let g = 0; g < 20; g++) {
          const goal = goals.createGoal(db, {
            aspirationId: asp.id,
            title: `Goal ${a}.${g}`,
            dueDate: addDays('2025-06-01', a * 20 + g),
            specificWhat: 'Something specific',
            metricName: 'things',
            metricTarget: 10,
            metricCurrent: g % 10,
          });
          for (let s = 0; s < 4; s++) {
            goals.createStep(db, { goalId: goal.id, text: `Step ${s}`, done: s % 2 === 0 });
          }
        }
      }
    })();

    const repository = planRepository(db);
    const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(repository)).filter(
      (name) => name !== 'constructor',
    );
    const spies = methods.map((name) => vi.spyOn(repository, name as keyof typeof repository));
    const before = totalChanges(ctx);

    planTree(db, {}, NOON_ISH()); // warm
    const started = performance.now();
    const tree = planTree(db, {}, NOON_ISH());
    const elapsed = performance.now() - started;

    expect(tree.aspirations).toHaveLength(25);
    expect(tree.aspirations.reduce((n, a) => n + a.goals.length, 0)).toBe(500);
    expect(tree.aspirations[0]!.goals[0]!.steps).toHaveLength(4);
    // Goals due before today and still open are overdue: 2025-06-01 + n days < 2026-01-15.
    expect(tree.aspirations[0]!.warnings[0]!.code).toBe('goal-overdue');
    const calls = spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    expect(calls).toBe(6); // liveAspirations, liveGoals, liveSteps — twice
    // Typically 20–40 ms; the bound only catches a plan read that grows worse than linearly, with
    // room for a busy CI machine.
    expect(elapsed).toBeLessThan(1000);
    expect(totalChanges(ctx)).toBe(before);
  });
});

describe('plan channels through the router', () => {
  it('refuses a goal without a due date, says why next to the field, and saves nothing', async () => {
    const ctx = tempJournal({ now: NOON_ISH });
    const router = createAppRouter(ctx);
    const a = await router.call('plan:createAspiration', { title: 'Lead' });
    if (!a.ok) throw new Error(a.error.message);
    const id = (a.value as { id: string }).id;
    const before = totalChanges(ctx);
    for (const dueDate of [undefined, '', null]) {
      const result = await router.call('plan:createGoal', {
        aspirationId: id,
        title: 'X',
        dueDate,
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          fields: [
            {
              path: 'dueDate',
              message: 'A goal needs a due date: choose the day you mean to reach it by.',
            },
          ],
        },
      });
    }
    const g = await router.call('plan:createGoal', {
      aspirationId: id,
      title: 'X',
      dueDate: '2027-01-01',
    });
    expect(g.ok).toBe(true);
    const after = totalChanges(ctx);
    expect(after).toBeGreaterThan(before);
    const cleared = await router.call('plan:updateGoal', {
      id: (g as { value: { id: string } }).value.id,
      title: 'Changed',
      dueDate: '',
    });
    expect(cleared).toMatchObject({ ok: false, error: { fields: [{ path: 'dueDate' }] } });
    expect(totalChanges(ctx)).toBe(after);
  });

  it('names empty titles, impossible dates, non-numbers and a zero target in words', async () => {
    const router = createAppRouter(tempJournal({ now: NOON_ISH }));
    const fieldsOf = async (payload: unknown) => {
      const result = await router.call('plan:createGoal', payload);
      return result.ok ? [] : result.error.fields;
    };
    expect(
      await fieldsOf({
        aspirationId: 'a',
        title: '  ',
        dueDate: '2027-02-30',
        metricTarget: 0,
        metricCurrent: 'twelve',
      }),
    ).toEqual([
      { path: 'title', message: 'Give the goal a title.' },
      { path: 'dueDate', message: 'That date does not exist on the calendar.' },
      { path: 'metricTarget', message: 'The target should be more than zero.' },
      { path: 'metricCurrent', message: 'Use a number, for example 12 or 3.5.' },
    ]);
  });

  it('answers not_found for a goal under an aspiration that does not exist', async () => {
    const router = createAppRouter(tempJournal());
    const result = await router.call('plan:createGoal', {
      aspirationId: 'nope',
      title: 'x',
      dueDate: '2027-01-01',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
