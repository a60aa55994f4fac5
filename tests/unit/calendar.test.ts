import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateProblem,
  daysBetween,
  fromDayNumber,
  localDate,
  toDayNumber,
} from '../../src-main/shared/calendar';
import { calendarDate } from '../../src-main/contract/schemas';
import { parseDateValue, parseInstant } from '../../src-main/import/dates';
import { inTimeZone, ZONES } from './timezones';

describe('calendar dates', () => {
  it('adds days and months across month ends, leap days and DST weekends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31'); // Europe DST change weekend
    expect(addDays('2025-11-01', 2)).toBe('2025-11-03'); // US DST change weekend
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2025-01-15', -2)).toBe('2024-11-15');
  });

  it('gives the same answers in every time zone', () => {
    const results = ZONES.map((zone) =>
      inTimeZone(zone, () => {
        expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(
          new Date(2025, 0, 1).getTimezoneOffset(),
        );
        return [
          addDays('2025-03-30', 1),
          addDays('2025-10-26', 7),
          daysBetween('2025-01-01', '2026-01-01'),
          addMonths('2024-10-31', 4),
        ].join(',');
      }),
    );
    expect(new Set(results)).toEqual(new Set(['2025-03-31,2025-11-02,365,2025-02-28']));
  });

  it('really switches zones in the tests (so the test above means something)', () => {
    const offsets = ZONES.map((zone) =>
      inTimeZone(zone, () => new Date(2025, 6, 1).getTimezoneOffset()),
    );
    expect(new Set(offsets).size).toBeGreaterThan(4);
  });

  it('counts days as Date.UTC does, for every date from the year 100 to 9999', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }), // 31 February too: Date.UTC rolls it over, and so do we
        (y, m, d) => {
          const expected = Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
          expect(toDayNumber(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
    for (const day of [-682_000, -1, 0, 1, 20_000, 2_932_896]) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
  });

  it('reads today from the local calendar, not from UTC', () => {
    const lateEvening = new Date(2026, 0, 31, 23, 59);
    expect(localDate(lateEvening)).toBe('2026-01-31');
  });

  it('one rule for a date everywhere: a day that exists, in the years 1000 to 9999', () => {
    const refusedYears = ['0000-01-01', '0025-03-01', '0099-12-31', '0999-12-31'];
    for (const date of refusedYears) {
      expect(calendarDateProblem(date)).toBe('year');
      expect(calendarDate.safeParse(date).error?.issues[0]?.message).toBe(
        'Use a year from 1000 to 9999.',
      );
      expect(parseDateValue(date)).toBeNull();
      expect(parseInstant(`${date}T08:30:00Z`)).toBeNull();
    }
    expect(parseInstant('1000-01-01T08:30:00Z')?.toISOString()).toBe('1000-01-01T08:30:00.000Z');
    for (const date of ['1000-01-01', '2024-02-29', '2000-02-29', '9999-12-31']) {
      expect(calendarDateProblem(date)).toBeNull();
      expect(calendarDate.safeParse(date).success).toBe(true);
      expect(parseDateValue(date)?.date).toBe(date);
    }
    for (const date of ['2025-02-29', '1900-02-29', '2025-99-99', '2025-04-31', '2025-00-10']) {
      expect(calendarDateProblem(date)).toBe('day');
      expect(calendarDate.safeParse(date).success).toBe(false);
      expect(parseDateValue(date)).toBeNull();
    }
    expect(calendarDateProblem('2025-3-1')).toBe('form');
  });

  it('counts the days of years before 100 by the calendar, not as the 1900s', () => {
    expect(toDayNumber('0025-01-01')).toBeLessThan(toDayNumber('1000-01-01'));
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(addMonths('1000-01-31', 1)).toBe('1000-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});
