import { describe, expect, it } from 'vitest';
import { goalWarnings } from '../../src-main/shared/plan/warnings';

const aspiration = {
  id: 'a1',
  title: 'Become creative director',
  horizonDate: '2030-12-31',
  status: 'active' as const,
};
const goal = {
  id: 'g1',
  title: 'Win 50 pitches',
  startDate: '2026-01-01',
  dueDate: '2029-06-30',
  status: 'in_progress' as const,
  steps: [] as { id: string; text: string; dueDate: string | null; done: boolean }[],
};
const TODAY = '2026-01-15';

describe('plan warnings, in words', () => {
  it('says nothing about a goal whose dates make sense', () => {
    expect(goalWarnings(aspiration, goal, TODAY)).toEqual([]);
  });

  it('warns when a goal is due after its aspiration’s horizon', () => {
    expect(goalWarnings(aspiration, { ...goal, dueDate: '2031-03-01' }, TODAY)).toEqual([
      {
        code: 'goal-due-after-horizon',
        aspirationId: 'a1',
        goalId: 'g1',
        message:
          '“Win 50 pitches” is due on 1 March 2031, after the horizon of “Become creative director” ' +
          '(31 December 2030). Bring the goal forward or move the horizon.',
      },
    ]);
    // Due on the horizon itself is fine, and without a horizon there is nothing to be after.
    expect(goalWarnings(aspiration, { ...goal, dueDate: '2030-12-31' }, TODAY)).toEqual([]);
    expect(
      goalWarnings({ ...aspiration, horizonDate: null }, { ...goal, dueDate: '2040-01-01' }, TODAY),
    ).toEqual([]);
  });

  it('warns when a step is due after its goal (unless the step is done or undated)', () => {
    const steps = [
      { id: 's1', text: 'Book the mentor call', dueDate: '2029-07-01', done: false },
      { id: 's2', text: 'Already did this', dueDate: '2029-08-01', done: true },
      { id: 's3', text: 'Some day', dueDate: null, done: false },
      { id: 's4', text: 'On the day', dueDate: '2029-06-30', done: false },
    ];
    expect(goalWarnings(aspiration, { ...goal, steps }, TODAY)).toEqual([
      {
        code: 'step-due-after-goal',
        aspirationId: 'a1',
        goalId: 'g1',
        stepId: 's1',
        message:
          'The step “Book the mentor call” is due on 1 July 2029, after its goal “Win 50 pitches” (30 June 2029).',
      },
    ]);
  });

  it('warns when a goal starts after it is due', () => {
    const [warning] = goalWarnings(
      aspiration,
      { ...goal, startDate: '2029-07-01', dueDate: '2029-06-30' },
      TODAY,
    );
    expect(warning).toEqual({
      code: 'start-after-due',
      aspirationId: 'a1',
      goalId: 'g1',
      message:
        '“Win 50 pitches” starts on 1 July 2029, after it is due (30 June 2029). Move the start earlier or the due date later.',
    });
  });

  it('warns when an open goal is overdue, counting the days', () => {
    const overdue = { ...goal, startDate: '2025-01-01', dueDate: '2026-01-12' };
    expect(goalWarnings(aspiration, overdue, TODAY)).toEqual([
      {
        code: 'goal-overdue',
        aspirationId: 'a1',
        goalId: 'g1',
        message:
          '“Win 50 pitches” was due on 12 January 2026 and is 3 days overdue. Mark it done, give it a new date, or drop it.',
      },
    ]);
    expect(
      goalWarnings(aspiration, { ...overdue, dueDate: '2026-01-14' }, TODAY)[0]?.message,
    ).toMatch(/is 1 day overdue/);
    // Due today is not overdue; done goals and goals of a retired aspiration are not nagged.
    expect(goalWarnings(aspiration, { ...overdue, dueDate: TODAY }, TODAY)).toEqual([]);
    expect(goalWarnings(aspiration, { ...overdue, status: 'done' }, TODAY)).toEqual([]);
    expect(goalWarnings({ ...aspiration, status: 'retired' }, overdue, TODAY)).toEqual([]);
    expect(goalWarnings(aspiration, { ...overdue, status: 'planned' }, TODAY)).toHaveLength(1);
  });

  it('leaves dropped goals alone entirely', () => {
    expect(
      goalWarnings(
        aspiration,
        { ...goal, status: 'dropped', startDate: '2032-01-01', dueDate: '2031-01-01' },
        TODAY,
      ),
    ).toEqual([]);
  });

  it('reports several problems of one goal together', () => {
    const codes = goalWarnings(
      aspiration,
      {
        ...goal,
        startDate: '2031-06-01',
        dueDate: '2031-01-01',
        steps: [{ id: 's', text: 'Late', dueDate: '2031-02-01', done: false }],
      },
      TODAY,
    ).map((w) => w.code);
    expect(codes).toEqual(['goal-due-after-horizon', 'start-after-due', 'step-due-after-goal']);
  });
});
