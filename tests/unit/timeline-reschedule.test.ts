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
    const cases = [
      [shiftByDays, 'move', 3, '2026-02-03', '2026-04-03'],
      [shiftByDays, 'end', -5, '2026-01-31', '2026-03-26'],
      [shiftByDays, 'end', -500, '2026-01-31', '2026-01-31'],
      [shiftByDays, 'start', 500, '2026-03-31', '2026-03-31'],
      [shiftByMonths, 'move', 1, '2026-02-28', '2026-04-30'],
      [shiftByMonths, 'end', -3, '2026-01-31', '2026-01-31'],
    ] as const;
    for (const [shift, part, by, startDate, dueDate] of cases) {
      expect(shift(dates, part, by), `${shift.name} ${part} ${by}`).toEqual({ startDate, dueDate });
    }
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
