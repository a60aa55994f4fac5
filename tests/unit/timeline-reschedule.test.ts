import { describe, expect, it } from 'vitest';
import {
  keyboardStep,
  nudge,
  shiftByDays,
  shiftByMonths,
} from '../../src-renderer/features/timeline/layout';

describe('rescheduling', () => {
  const dates = { startDate: '2026-01-31', dueDate: '2026-03-31' };

  it('moves both dates, or one end without passing the other', () => {
    expect(shiftByDays(dates, 'move', 3)).toEqual({
      startDate: '2026-02-03',
      dueDate: '2026-04-03',
    });
    expect(shiftByDays(dates, 'end', -5)).toEqual({
      startDate: '2026-01-31',
      dueDate: '2026-03-26',
    });
    expect(shiftByDays(dates, 'end', -500)).toEqual({
      startDate: '2026-01-31',
      dueDate: '2026-01-31',
    });
    expect(shiftByDays(dates, 'start', 500)).toEqual({
      startDate: '2026-03-31',
      dueDate: '2026-03-31',
    });
    expect(shiftByMonths(dates, 'move', 1)).toEqual({
      startDate: '2026-02-28',
      dueDate: '2026-04-30',
    });
    expect(shiftByMonths(dates, 'end', -3)).toEqual({
      startDate: '2026-01-31',
      dueDate: '2026-01-31',
    });
  });

  it('nudges from the keyboard by a day, a week or a month depending on the zoom', () => {
    expect(keyboardStep('months', 4).unit).toBe('day');
    expect(keyboardStep('quarters', 1.4).unit).toBe('week');
    expect(keyboardStep('years', 0.4).unit).toBe('month');
    expect(keyboardStep('fit', 3).unit).toBe('day');
    expect(keyboardStep('fit', 0.1).unit).toBe('month');
    expect(nudge(dates, 'move', 'week', -1)).toEqual({
      startDate: '2026-01-24',
      dueDate: '2026-03-24',
    });
    expect(nudge(dates, 'end', 'day', 1)).toEqual({
      startDate: '2026-01-31',
      dueDate: '2026-04-01',
    });
  });
});
