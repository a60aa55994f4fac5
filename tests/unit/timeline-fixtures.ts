import type { AspirationStatus } from '../../src-main/contract/plan';
import {
  layoutTimeline,
  type TimelineAspirationInput,
  type TimelineGoalInput,
  type TimelineLayout,
  type TimelineOptions,
} from '../../src-renderer/features/timeline/layout';

/** The timeline tests' plan builders: goals and aspirations with fresh ids, laid out on TODAY. */
export const TODAY = '2026-05-15';
let counter = 0;

export function goal(overrides: Partial<TimelineGoalInput> = {}): TimelineGoalInput {
  counter += 1;
  return {
    id: `g${counter}`,
    title: `Goal ${counter}`,
    startDate: '2026-01-01',
    dueDate: '2026-03-31',
    status: 'planned',
    createdAt: '2025-12-01T12:00:00.000Z',
    position: counter,
    steps: [],
    ...overrides,
  };
}

export function aspiration(
  goals: TimelineGoalInput[],
  overrides: Partial<TimelineAspirationInput> = {},
): TimelineAspirationInput {
  counter += 1;
  return {
    id: `a${counter}`,
    title: `Aspiration ${counter}`,
    horizonDate: null,
    status: 'active' as AspirationStatus,
    goals,
    ...overrides,
  };
}

export function layout(
  aspirations: TimelineAspirationInput[],
  options: Partial<TimelineOptions> = {},
): TimelineLayout {
  return layoutTimeline({ aspirations, today: TODAY, zoom: 'months', ...options });
}

export const barOf = (l: TimelineLayout, goalId: string) => {
  const bar = l.bars.find((b) => b.goalId === goalId);
  if (!bar) throw new Error(`no bar for ${goalId}`);
  return bar;
};

export const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' };
