import { describe, expect, it } from 'vitest';
import type { TodayDueItem, TodayView } from '../../src-main/contract/today';
import { isReminderDue, reminderSummary } from '../../src-main/today/reminders';
import { inTimeZone, ZONES } from './timezones';

const on = { enabled: true, time: '08:30' };

describe('whether the reminder is due', () => {
  it('never when reminders are off', () => {
    expect(isReminderDue({ enabled: false, time: '00:00' }, null, new Date(2026, 0, 1, 12))).toBe(
      false,
    );
  });

  it('from the chosen minute of the local day, once per date', () => {
    expect(isReminderDue(on, null, new Date(2026, 0, 1, 8, 29))).toBe(false);
    expect(isReminderDue(on, null, new Date(2026, 0, 1, 8, 30))).toBe(true);
    expect(isReminderDue(on, '2026-01-01', new Date(2026, 0, 1, 23, 59))).toBe(false);
    expect(isReminderDue(on, '2026-01-01', new Date(2026, 0, 2, 8, 30))).toBe(true);
    expect(isReminderDue(on, '2026-01-01', new Date(2026, 0, 2, 8, 29))).toBe(false);
  });

  it.each(ZONES)('reads the local clock in %s', (zone) => {
    inTimeZone(zone, () => {
      // 08:30 and 08:29 local on 31 December, whatever that is in UTC.
      expect(isReminderDue(on, '2026-12-30', new Date(2026, 11, 31, 8, 30))).toBe(true);
      expect(isReminderDue(on, '2026-12-30', new Date(2026, 11, 31, 8, 29))).toBe(false);
      expect(isReminderDue(on, '2026-12-31', new Date(2026, 11, 31, 20, 0))).toBe(false);
    });
  });
});

const item = (title: string, days: number): TodayDueItem => ({
  kind: 'goal',
  id: title,
  goalId: title,
  aspirationId: 'a',
  title,
  goalTitle: title,
  aspirationTitle: 'A',
  dueDate: '2026-01-01',
  days,
});

const empty: TodayView = {
  today: '2026-01-15',
  overdue: [],
  upcoming: [],
  checkIns: [],
  values: [],
};

describe('what the reminder says', () => {
  it('says nothing when nothing needs attention', () => {
    expect(reminderSummary(empty)).toBeNull();
  });

  it('names overdue and due-today items, counts the rest', () => {
    const summary = reminderSummary({
      ...empty,
      overdue: [item('Course', -3), item('Portfolio', -1), item('Mentor', -1)],
      upcoming: [item('Talk', 0), item('Review', 5)],
      values: [{ aspirationId: 'a', title: 'A', lastCheckedOn: null, daysSince: 100, message: '' }],
    });
    expect(summary).toEqual({
      title: 'Waymark: 6 things need your attention',
      body: [
        'Overdue: “Course”, “Portfolio” and 1 more.',
        'Due today: “Talk”.',
        '1 thing due in the next two weeks.',
        '1 aspiration to check against your values.',
      ].join('\n'),
    });
  });

  it('uses the singular for one thing', () => {
    expect(reminderSummary({ ...empty, upcoming: [item('Talk', 3)] })).toEqual({
      title: 'Waymark: 1 thing needs your attention',
      body: '1 thing due in the next two weeks.',
    });
  });
});
