import { describe, expect, it } from 'vitest';
import { checkInSchedule, dueCheckIn } from '../../src-main/today/checkin-schedule';

const goal = (startDate: string | null, dueDate: string, status = 'in_progress') => ({
  status,
  startDate,
  createdOn: '2026-01-01',
  dueDate,
});

describe('the check-in schedule', () => {
  it.each([
    {
      what: 'spreads three check-ins over a one-week goal',
      // 7 days: 1.75, 3.5 and 5.25 days in, rounded to whole days.
      window: ['2026-03-02', '2026-03-09'],
      dates: ['2026-03-04', '2026-03-06', '2026-03-07'],
    },
    {
      what: 'places a three-month goal’s check-ins on calendar days across month ends',
      // 1 January to 1 April 2026 is 90 days: 22.5, 45 and 67.5 days in.
      window: ['2026-01-01', '2026-04-01'],
      dates: ['2026-01-24', '2026-02-15', '2026-03-10'],
    },
    {
      what: 'counts a leap day in a two-year goal',
      // 1 January 2027 to 1 January 2029 is 731 days (2028 is a leap year): the half is 366 days in.
      window: ['2027-01-01', '2029-01-01'],
      dates: ['2027-07-03', '2028-01-02', '2028-07-02'],
    },
  ])('$what', ({ window: [start, due], dates: [quarter, half, threeQuarters] }) => {
    expect(checkInSchedule(start!, due!)).toEqual([
      { point: 'quarter', date: quarter },
      { point: 'half', date: half },
      { point: 'three-quarters', date: threeQuarters },
    ]);
  });

  it('has no check-ins when the goal starts on its due date or after it', () => {
    expect(checkInSchedule('2026-05-01', '2026-05-01')).toEqual([]);
    expect(checkInSchedule('2026-05-02', '2026-05-01')).toEqual([]);
  });

  it('keeps one check-in per day in a very short window', () => {
    expect(checkInSchedule('2026-05-01', '2026-05-02')).toEqual([]);
    expect(checkInSchedule('2026-05-01', '2026-05-03')).toEqual([
      { point: 'quarter', date: '2026-05-02' },
    ]);
    expect(checkInSchedule('2026-05-01', '2026-05-05').map((c) => c.date)).toEqual([
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
    ]);
  });
});

describe('the check-in a goal asks for', () => {
  const threeMonths = goal('2026-01-01', '2026-04-01');

  it('asks nothing before the first quarter', () => {
    expect(dueCheckIn(threeMonths, new Set(), '2026-01-23')).toBeNull();
  });

  it('asks on the day of the quarter, and keeps asking until answered', () => {
    expect(dueCheckIn(threeMonths, new Set(), '2026-01-24')?.point).toBe('quarter');
    expect(dueCheckIn(threeMonths, new Set(), '2026-02-14')?.point).toBe('quarter');
    expect(dueCheckIn(threeMonths, new Set(['quarter']), '2026-02-14')).toBeNull();
  });

  it('asks only the latest point reached, not a pile of missed ones', () => {
    expect(dueCheckIn(threeMonths, new Set(), '2026-03-20')).toEqual({
      point: 'three-quarters',
      date: '2026-03-10',
    });
  });

  it('treats an earlier point as settled once a later one is answered', () => {
    expect(dueCheckIn(threeMonths, new Set(['half']), '2026-02-20')).toBeNull();
    expect(dueCheckIn(threeMonths, new Set(['half']), '2026-03-10')?.point).toBe('three-quarters');
  });

  it('uses the day the goal was written down when it has no start date', () => {
    const noStart = goal(null, '2026-01-09'); // written down 1 January: 8 days
    expect(dueCheckIn(noStart, new Set(), '2026-01-03')?.point).toBe('quarter');
  });

  it('asks nothing of a goal that is overdue, done or dropped', () => {
    expect(dueCheckIn(goal('2025-01-01', '2025-12-31'), new Set(), '2026-01-15')).toBeNull();
    expect(
      dueCheckIn(goal('2026-01-01', '2026-04-01', 'done'), new Set(), '2026-03-01'),
    ).toBeNull();
    expect(
      dueCheckIn(goal('2026-01-01', '2026-04-01', 'dropped'), new Set(), '2026-03-01'),
    ).toBeNull();
  });

  it('still asks on the due date itself', () => {
    expect(dueCheckIn(threeMonths, new Set(), '2026-04-01')?.point).toBe('three-quarters');
  });
});
