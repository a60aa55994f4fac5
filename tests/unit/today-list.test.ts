import { describe, expect, it } from 'vitest';
import { buildToday, type TodayAspirationInput } from '../../src-main/today/today-list';
import type { ValuesNudge } from '../../src-main/contract/values';
import { inTimeZone, ZONES } from './timezones';

function plan(goals: Partial<TodayAspirationInput['goals'][number]>[]): TodayAspirationInput[] {
  return [
    {
      id: 'a1',
      title: 'Lead a design studio',
      status: 'active',
      goals: goals.map((goal, index) => ({
        id: `g${index + 1}`,
        title: `Goal ${index + 1}`,
        status: 'in_progress',
        startDate: '2025-01-01',
        dueDate: '2027-01-01',
        createdAt: '2025-01-01T12:00:00.000Z',
        steps: [],
        ...goal,
      })),
    },
  ];
}

const none = new Map();

/** What Today lists on `today` for these aspirations, with no values nudges. */
const todayOn = (
  today: string,
  aspirations: TodayAspirationInput[],
  answered: Parameters<typeof buildToday>[0]['answered'] = none,
) => buildToday({ today, aspirations, answered, nudges: [] });

describe('what Today lists', () => {
  it.each([
    {
      what: 'puts goals due before today under overdue and today or the next 14 days under upcoming',
      today: '2026-01-15',
      due: {
        Yesterday: '2026-01-14',
        Today: '2026-01-15',
        Fortnight: '2026-01-29',
        'Fifteen days': '2026-01-30',
      },
      overdue: [['Yesterday', -1]],
      upcoming: [
        ['Today', 0],
        ['Fortnight', 14],
      ],
    },
    {
      what: 'counts across month ends and a leap day on the calendar',
      today: '2028-02-20',
      due: {
        'Leap day': '2028-02-29',
        'Start of March': '2028-03-05',
        'Too far': '2028-03-06',
        'End of January': '2028-01-31',
      },
      overdue: [['End of January', -20]],
      upcoming: [
        ['Leap day', 9],
        ['Start of March', 14],
      ],
    },
  ])('$what', ({ today, due, overdue, upcoming }) => {
    const goals = Object.entries(due).map(([title, dueDate]) => ({ title, dueDate }));
    const view = todayOn(today, plan(goals));
    expect(view.overdue.map((item) => [item.title, item.days])).toEqual(overdue);
    expect(view.upcoming.map((item) => [item.title, item.days])).toEqual(upcoming);
  });

  it('lists undone steps with due dates, most overdue first, and skips done or undated ones', () => {
    const view = todayOn(
      '2026-03-01',
      plan([
        {
          title: 'Portfolio',
          steps: [
            { id: 's1', text: 'Pick ten projects', dueDate: '2026-02-27', done: false },
            { id: 's2', text: 'Write case studies', dueDate: '2026-02-01', done: false },
            { id: 's3', text: 'Buy a domain', dueDate: '2026-02-01', done: true },
            { id: 's4', text: 'Someday', dueDate: null, done: false },
            { id: 's5', text: 'Print it', dueDate: '2026-03-02', done: false },
          ],
        },
      ]),
    );
    expect(view.overdue.map((item) => [item.kind, item.title, item.goalTitle])).toEqual([
      ['step', 'Write case studies', 'Portfolio'],
      ['step', 'Pick ten projects', 'Portfolio'],
    ]);
    expect(view.upcoming.map((item) => item.title)).toEqual(['Print it']);
  });

  it('leaves out done and dropped goals and aspirations that are not active', () => {
    const aspirations = plan([
      { title: 'Done', dueDate: '2026-01-01', status: 'done' },
      { title: 'Dropped', dueDate: '2026-01-01', status: 'dropped' },
      { title: 'Planned', dueDate: '2026-01-01', status: 'planned' },
    ]);
    aspirations.push({ ...aspirations[0]!, id: 'a2', status: 'retired' });
    const view = todayOn('2026-01-15', aspirations);
    expect(view.overdue.map((item) => [item.title, item.aspirationId])).toEqual([
      ['Planned', 'a1'],
    ]);
  });

  it('lists the check-in a goal asks for, and not once it is answered', () => {
    const aspirations = plan([{ title: 'Ship', startDate: '2026-01-01', dueDate: '2026-04-01' }]);
    const asked = todayOn('2026-02-16', aspirations);
    expect(asked.checkIns).toEqual([
      expect.objectContaining({
        goalId: 'g1',
        title: 'Ship',
        point: 'half',
        dueOn: '2026-02-15',
        message: 'You are halfway from 1 January 2026 to 1 April 2026.',
      }),
    ]);
    const answered = new Map([['g1', new Set(['half'] as const)]]);
    expect(todayOn('2026-02-16', aspirations, answered).checkIns).toEqual([]);
  });

  it('passes the values nudges through', () => {
    const nudge: ValuesNudge = {
      aspirationId: 'a1',
      title: 'Lead a design studio',
      lastCheckedOn: null,
      daysSince: 120,
      message: 'Check it.',
    };
    const view = buildToday({
      today: '2026-01-15',
      aspirations: [],
      answered: none,
      nudges: [nudge],
    });
    expect(view.values).toEqual([nudge]);
  });

  it.each(ZONES)('starts a goal’s window on the local day it was written down in %s', (zone) => {
    // 09:30 UTC on 1 March: still 28 February in Pago Pago (UTC-11), 1 March in every other
    // zone here, from Los Angeles (01:30) to Kiritimati (23:30, UTC+14).
    const createdAt = '2026-03-01T09:30:00.000Z';
    const view = inTimeZone(zone, () =>
      todayOn(
        '2026-03-05',
        plan([{ title: 'Short', startDate: null, dueDate: '2026-03-09', createdAt }]),
      ),
    );
    const west = zone === 'Pacific/Pago_Pago';
    expect(view.checkIns[0]?.windowStart).toBe(west ? '2026-02-28' : '2026-03-01');
  });
});
