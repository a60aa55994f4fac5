import type { Goal } from '../../src-main/contract/plan';
import type { SmartInput } from '../../src-main/shared/plan/smart';
import type { Db } from '../../src-main/db/open';
import { createAspiration, type NewAspiration } from '../../src-main/plan/aspirations';
import { createGoal, type NewGoal } from '../../src-main/plan/goals';
import { tempJournal } from './helpers';

/** 15 January 2026, 10:00 on the local clock of whatever zone the test runs in. */
export const NOON_ISH = () => new Date(2026, 0, 15, 10, 0);
export const TODAY = '2026-01-15';

/** A clock the test moves forward by hand. */
export function steppingClock(start = NOON_ISH()) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

/** A fresh journal on a stepping clock, holding one aspiration made at the clock's start. */
export function journalWithAspiration(
  input: Parameters<typeof createAspiration>[1] = { title: 'Become creative director' },
) {
  const clock = steppingClock();
  const ctx = tempJournal({ now: clock.now });
  const aspiration = createAspiration(ctx.db, input, clock.now());
  return { ...ctx, ctx, clock, aspiration };
}

/**
 * Makes plan records through the services, as the app makes them, all at `now` (the services' own
 * clock when it is not given); a goal is made under the aspiration passed to it.
 */
export function planRecords(db: Db, now?: Date) {
  return {
    aspiration: (input: NewAspiration) => createAspiration(db, input, now),
    goal: (under: { id: string }, input: Omit<NewGoal, 'aspirationId'>) =>
      createGoal(db, { ...input, aspirationId: under.id }, now),
  };
}

export function draft(overrides: Partial<SmartInput> = {}): SmartInput {
  return {
    title: 'Win 50 pitches',
    specificWhat: 'Win fifty new-business pitches with the team.',
    specificWhy: 'Winning pitches proves the ideas work for clients.',
    metricName: 'pitches won',
    metricUnit: 'pitches',
    metricTarget: 50,
    metricCurrent: 12,
    obstacles: 'Few pitches, and the agency picks who joins.',
    actionPlan: 'Offer help on every pitch.',
    realisticWhy: 'About one a month over four years.',
    letGo: 'Taking a lost pitch personally.',
    startDate: '2026-01-01',
    dueDate: '2029-12-31',
    ...overrides,
  };
}

export type GoalLike = Pick<
  Goal,
  'status' | 'metricName' | 'metricUnit' | 'metricTarget' | 'metricCurrent'
>;
