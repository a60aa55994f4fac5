import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src-main/shared/calendar';
import { proposeBackwards } from '../../src-main/shared/plan/work-backwards';

describe('working backwards from the horizon', () => {
  it('spreads due dates evenly back from the horizon, nearest goal due on the horizon', () => {
    const result = proposeBackwards({
      titles: ['Get promoted to creative director', 'Win an award', 'Find a mentor'],
      horizonDate: '2026-12-31',
      today: '2026-01-01',
    });
    expect(result).toEqual({
      ok: true,
      proposals: [
        { title: 'Find a mentor', startDate: '2026-01-01', dueDate: '2026-05-02' },
        { title: 'Win an award', startDate: '2026-05-03', dueDate: '2026-09-01' },
        {
          title: 'Get promoted to creative director',
          startDate: '2026-09-02',
          dueDate: '2026-12-31',
        },
      ],
    });
  });

  it('proposes one goal due on the horizon, starting today', () => {
    expect(
      proposeBackwards({
        titles: ['  Become director '],
        horizonDate: '2030-06-30',
        today: '2026-01-15',
      }),
    ).toEqual({
      ok: true,
      proposals: [{ title: 'Become director', startDate: '2026-01-15', dueDate: '2030-06-30' }],
    });
  });

  it('keeps every proposal between today and the horizon, in order, starts never after dues', () => {
    for (const count of [1, 2, 5, 12, 24]) {
      for (const span of [1, 3, 30, 365, 3650]) {
        const today = '2026-03-29';
        const horizonDate = new Date(Date.UTC(2026, 2, 29 + span)).toISOString().slice(0, 10);
        const result = proposeBackwards({
          titles: Array.from({ length: count }, (_, i) => `Goal ${i}`),
          horizonDate,
          today,
        });
        if (!result.ok) throw new Error(result.message);
        expect(result.proposals).toHaveLength(count);
        const dues = result.proposals.map((p) => p.dueDate);
        expect([...dues].sort()).toEqual(dues);
        expect(dues.at(-1)).toBe(horizonDate);
        for (const p of result.proposals) {
          expect(p.dueDate >= today && p.dueDate <= horizonDate).toBe(true);
          expect(p.startDate <= p.dueDate).toBe(true);
          expect(p.startDate >= today).toBe(true);
        }
        if (span >= count) {
          const gaps = dues.slice(1).map((d, i) => daysBetween(dues[i]!, d));
          expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('asks for a horizon first, and one in the future', () => {
    expect(proposeBackwards({ titles: ['A'], horizonDate: null, today: '2026-01-01' })).toEqual({
      ok: false,
      message: expect.stringMatching(/Set a horizon date first/),
    });
    expect(
      proposeBackwards({ titles: ['A'], horizonDate: '2026-01-01', today: '2026-01-01' }),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/1 January 2026\) is not in the future/),
    });
    expect(
      proposeBackwards({ titles: [], horizonDate: '2027-01-01', today: '2026-01-01' }),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/at least one goal/),
    });
  });
});
