import { describe, expect, it } from 'vitest';
import { aspirationProgress, goalProgress } from '../../src-main/shared/plan/progress';
import type { GoalLike } from './plan-helpers';

const goal = (overrides: Partial<GoalLike> = {}): GoalLike => ({
  status: 'in_progress',
  metricName: 'pitches won',
  metricUnit: 'pitches',
  metricTarget: 50,
  metricCurrent: 12,
  ...overrides,
});
const steps = (done: number, open: number) => [
  ...Array.from({ length: done }, () => ({ done: true })),
  ...Array.from({ length: open }, () => ({ done: false })),
];

describe('goal progress', () => {
  it('reads the metric when a target is set', () => {
    expect(goalProgress(goal(), steps(3, 1))).toEqual({
      fraction: 0.24,
      percent: 24,
      source: 'metric',
      label: 'Pitches won: 12 of 50 pitches',
    });
  });

  it('treats a missing current value as zero and never leaves 0–100%', () => {
    expect(goalProgress(goal({ metricCurrent: null }), []).percent).toBe(0);
    expect(goalProgress(goal({ metricCurrent: 80 }), []).percent).toBe(100);
    expect(goalProgress(goal({ metricCurrent: -5 }), []).percent).toBe(0);
  });

  it('never rounds almost-done up to done', () => {
    expect(goalProgress(goal({ metricTarget: 1000, metricCurrent: 999 }), []).percent).toBe(99);
  });

  it('falls back to the steps when there is no target', () => {
    expect(goalProgress(goal({ metricTarget: null }), steps(1, 3))).toEqual({
      fraction: 0.25,
      percent: 25,
      source: 'steps',
      label: '1 of 4 steps done',
    });
  });

  it('says there is nothing to measure yet when there is neither', () => {
    expect(goalProgress(goal({ metricTarget: null }), [])).toMatchObject({
      percent: 0,
      source: 'none',
    });
  });

  it('counts a goal marked done as done', () => {
    expect(goalProgress(goal({ status: 'done' }), [])).toEqual({
      fraction: 1,
      percent: 100,
      source: 'status',
      label: 'Done (12 of 50)',
    });
  });
});

describe('aspiration progress', () => {
  it('is the mean of its goals, leaving dropped ones out', () => {
    const made = (status: 'done' | 'in_progress' | 'dropped', fraction: number) => ({
      status,
      progress: { fraction, percent: 0, source: 'metric' as const, label: '' },
    });
    expect(
      aspirationProgress([made('done', 1), made('in_progress', 0.5), made('dropped', 0)]),
    ).toMatchObject({ percent: 75, label: '1 of 2 goals done' });
    expect(aspirationProgress([])).toMatchObject({ percent: 0, label: 'No goals yet' });
  });
});
