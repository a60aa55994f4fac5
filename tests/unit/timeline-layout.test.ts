import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AspirationStatus, GoalStatus } from '../../src-main/contract/plan';
import { addDays, toDayNumber } from '../../src-main/shared/calendar';
import {
  assignLanes,
  chooseTickStep,
  estimateTextWidth,
  fitText,
  fitWords,
  keyboardStep,
  layoutTimeline,
  nudge,
  PX_PER_DAY,
  shiftByDays,
  shiftByMonths,
  type TimelineAspirationInput,
  type TimelineGoalInput,
  type TimelineLayout,
  type TimelineOptions,
  type TimelineTick,
} from '../../src-renderer/features/timeline/layout';
import { inTimeZone, ZONES } from './timezones';

const TODAY = '2026-05-15';
let counter = 0;

function goal(overrides: Partial<TimelineGoalInput> = {}): TimelineGoalInput {
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

function aspiration(
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

function layout(
  aspirations: TimelineAspirationInput[],
  options: Partial<TimelineOptions> = {},
): TimelineLayout {
  return layoutTimeline({ aspirations, today: TODAY, zoom: 'months', ...options });
}

const barOf = (l: TimelineLayout, goalId: string) => {
  const bar = l.bars.find((b) => b.goalId === goalId);
  if (!bar) throw new Error(`no bar for ${goalId}`);
  return bar;
};

const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' };

describe('lanes', () => {
  it('stacks goals that overlap in time and lets the others share a lane', () => {
    const a = goal({ startDate: '2026-01-01', dueDate: '2026-03-31' });
    const b = goal({ startDate: '2026-02-01', dueDate: '2026-04-30' });
    const c = goal({ startDate: '2026-04-01', dueDate: '2026-06-30' });
    const l = layout([aspiration([a, b, c])], { range: YEAR_2026 });
    expect(barOf(l, a.id).lane).toBe(0);
    expect(barOf(l, b.id).lane).toBe(1);
    expect(barOf(l, c.id).lane).toBe(0);
    expect(l.groups[0]?.laneCount).toBe(2);
    // Touching end to end (due the 31st, next starts the 1st) is not overlapping.
    expect(barOf(l, a.id).x + barOf(l, a.id).width).toBeCloseTo(barOf(l, c.id).x, 6);
  });

  it('keeps a plan worked out backwards (each goal starts the day after the last) in one lane', () => {
    let start = '2026-01-01';
    const goals = Array.from({ length: 6 }, () => {
      const g = goal({ startDate: start, dueDate: addDays(start, 59) });
      start = addDays(start, 60);
      return g;
    });
    const l = layout([aspiration(goals)]);
    expect(new Set(l.bars.map((b) => b.lane))).toEqual(new Set([0]));
  });

  it('never lets two things in one lane cover each other, labels included, at any zoom', () => {
    const day = fc.integer({ min: 0, max: 1500 });
    const arbitraryGoal = fc
      .record({ start: day, length: fc.integer({ min: 0, max: 400 }), title: fc.string() })
      .map(({ start, length, title }) =>
        goal({
          title: title.trim() || 'Untitled',
          startDate: addDays('2025-01-01', start),
          dueDate: addDays('2025-01-01', start + length),
        }),
      );
    fc.assert(
      fc.property(
        fc.array(arbitraryGoal, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('months', 'quarters', 'years', 'fit' as const),
        (goals, zoom) => {
          const l = layout([aspiration(goals)], { zoom, availableWidth: 900 });
          const bars = l.bars;
          for (const p of bars) {
            for (const q of bars) {
              if (p === q || p.lane !== q.lane) continue;
              const span = (b: typeof p) => [
                Math.min(b.x, b.label.x),
                Math.max(b.x + b.width, b.label.x + b.label.width),
              ];
              const [p1, p2] = span(p) as [number, number];
              const [q1, q2] = span(q) as [number, number];
              expect(p2 <= q1 + 1e-6 || q2 <= p1 + 1e-6).toBe(true);
            }
          }
          // Overlapping in time always means different lanes.
          for (const p of bars) {
            for (const q of bars) {
              if (p === q) continue;
              const overlap = p.startDate <= q.dueDate && q.startDate <= p.dueDate;
              if (overlap) expect(p.lane).not.toBe(q.lane);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses as few lanes as the overlaps need (first fit over sorted starts)', () => {
    const items = [
      { extentStart: 0, extentEnd: 10 },
      { extentStart: 2, extentEnd: 5 },
      { extentStart: 5, extentEnd: 8 },
      { extentStart: 10, extentEnd: 20 },
      { extentStart: 11, extentEnd: 12 },
    ];
    expect(assignLanes(items)).toEqual([0, 1, 1, 0, 1]);
  });

  it('gives each aspiration its own rows, in plan order, with the group tops stacked', () => {
    const first = aspiration([goal(), goal({ startDate: '2026-02-01' })], { title: 'Lead' });
    const second = aspiration([goal()], { title: 'Teach' });
    const l = layout([first, second], { range: YEAR_2026 });
    expect(l.groups.map((g) => g.title)).toEqual(['Lead', 'Teach']);
    const [g1, g2] = l.groups as [TimelineLayout['groups'][0], TimelineLayout['groups'][0]];
    expect(g2.y).toBe(g1.y + g1.height);
    for (const bar of g1.bars) {
      expect(bar.y).toBeGreaterThanOrEqual(g1.lanesTop);
      expect(bar.y + bar.height).toBeLessThanOrEqual(g2.y);
    }
    expect(l.height).toBe(g2.y + g2.height);
  });
});

describe('coordinates', () => {
  it('puts each day at the same place for its zoom: x = days since the range start × scale', () => {
    const g = goal({ startDate: '2026-02-01', dueDate: '2026-04-30' });
    for (const zoom of ['months', 'quarters', 'years'] as const) {
      const l = layout([aspiration([g])], { zoom, range: YEAR_2026 });
      const bar = barOf(l, g.id);
      expect(l.pxPerDay).toBe(PX_PER_DAY[zoom]);
      expect(bar.x).toBeCloseTo(31 * PX_PER_DAY[zoom], 6);
      // February to April inclusive: 28 + 31 + 30 days.
      expect(bar.width).toBeCloseTo(89 * PX_PER_DAY[zoom], 6);
      expect(l.width).toBeCloseTo(365 * PX_PER_DAY[zoom], 6);
    }
  });

  it('fits the whole plan into the given width with Fit plan', () => {
    const goals = [
      goal({ startDate: '2026-03-10', dueDate: '2026-06-01' }),
      goal({ startDate: '2027-01-01', dueDate: '2028-08-20' }),
    ];
    const l = layout([aspiration(goals)], { zoom: 'fit', availableWidth: 800 });
    expect(l.width).toBeCloseTo(800, 6);
    expect(l.range.start).toBe('2026-03-01');
    expect(l.range.end).toBe('2028-10-01'); // a month to spare after the last due date
    for (const bar of l.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(800 + 1e-6);
    }
  });

  it('starts and ends the default range on the zoom unit with a unit of margin, today and horizons included', () => {
    const g = goal({ startDate: '2026-08-10', dueDate: '2026-09-20' });
    const a = aspiration([g], { horizonDate: '2027-05-05' });
    expect(layout([a], { zoom: 'months' }).range).toMatchObject({
      start: '2026-04-01', // today (15 May) is the earliest date: April is the margin
      end: '2027-07-01',
    });
    expect(layout([a], { zoom: 'quarters' }).range).toMatchObject({
      start: '2026-01-01',
      end: '2027-10-01',
    });
    expect(layout([a], { zoom: 'years' }).range).toMatchObject({
      start: '2025-01-01',
      end: '2029-01-01',
    });
  });

  it('draws steps with dates on their goal at the middle of their day, and the horizon at the end of its day', () => {
    const g = goal({
      startDate: '2026-01-01',
      dueDate: '2026-06-30',
      steps: [
        { id: 's1', text: 'Draft', dueDate: '2026-02-10', done: true },
        { id: 's2', text: 'Someday', dueDate: null, done: false },
        { id: 's3', text: 'Review', dueDate: '2026-04-01', done: false },
      ],
    });
    const l = layout([aspiration([g], { horizonDate: '2026-09-30' })], { range: YEAR_2026 });
    const bar = barOf(l, g.id);
    expect(bar.steps.map((s) => [s.id, s.done])).toEqual([
      ['s1', true],
      ['s3', false],
    ]);
    expect(bar.steps[0]?.x).toBeCloseTo((40 + 0.5) * 4, 6);
    expect(l.groups[0]?.horizon).toEqual({
      date: '2026-09-30',
      x: (toDayNumber('2026-10-01') - toDayNumber('2026-01-01')) * 4,
      position: 'inside',
    });
  });

  it('gives a one-day goal a bar wide enough to see and point at', () => {
    const g = goal({ startDate: '2026-03-03', dueDate: '2026-03-03' });
    const l = layout([aspiration([g])], { zoom: 'years' });
    expect(barOf(l, g.id).width).toBe(l.metrics.minBarWidth);
  });
});

describe('axis', () => {
  const tickLabels = (ticks: TimelineTick[]) =>
    ticks.filter((t) => t.label).map((t) => t.label as string);

  it('counts months, quarters and years at those zooms, with years above months and quarters', () => {
    const a = aspiration([goal()]);
    const months = layout([a], { zoom: 'months', range: YEAR_2026 }).axis;
    expect(months.step).toBe(1);
    expect(tickLabels(months.ticks)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(tickLabels(months.upper)).toEqual(['2026']);

    const quarters = layout([a], { zoom: 'quarters', range: YEAR_2026 }).axis;
    expect(quarters.step).toBe(3);
    expect(tickLabels(quarters.ticks)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(quarters.ticks.map((t) => t.date)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);

    const years = layout([a], {
      zoom: 'years',
      range: { start: '2026-01-01', end: '2030-12-31' },
    }).axis;
    expect(years.step).toBe(12);
    expect(tickLabels(years.ticks)).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(years.upper).toEqual([]);
  });

  it('labels the period the range starts in when it begins mid-period', () => {
    const l = layout([aspiration([goal()])], {
      zoom: 'quarters',
      range: { start: '2026-02-01', end: '2026-12-31' },
    });
    expect(l.axis.ticks[0]).toMatchObject({ label: 'Q1', x: 0, line: false });
    expect(l.axis.upper[0]).toMatchObject({ label: '2026', x: 0, line: false });
  });

  it('keeps every label readable at every scale: no two labels of a row overlap, none runs off the chart', () => {
    const a = aspiration([goal({ startDate: '2001-01-01', dueDate: '2060-01-01' })]);
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), (availableWidth) => {
        const l = layout([a], { zoom: 'fit', availableWidth, today: '2030-01-01' });
        expect(l.axis.ticks.filter((t) => t.label).length).toBeGreaterThan(1);
        for (const row of [l.axis.ticks, l.axis.upper]) {
          const labelled = row.filter((t) => t.label);
          for (let i = 0; i < labelled.length; i++) {
            const tick = labelled[i] as TimelineTick;
            const end = tick.labelX + estimateTextWidth(tick.label as string, 12, true);
            expect(end).toBeLessThanOrEqual(l.width);
            const next = labelled[i + 1];
            if (next) expect(end).toBeLessThan(next.labelX);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('moves to coarser ticks as the scale shrinks, never finer than the zoom asks for', () => {
    expect(chooseTickStep(4, 12)).toBe(1);
    expect(chooseTickStep(1.4, 12, 3)).toBe(3);
    expect(chooseTickStep(0.4, 12, 12)).toBe(12);
    expect(chooseTickStep(0.05, 12)).toBeGreaterThanOrEqual(60);
    expect(chooseTickStep(4, 12, 12)).toBe(12);
  });
});

describe('today', () => {
  it('draws the today line through the middle of today', () => {
    const l = layout([aspiration([goal()])], { range: YEAR_2026 });
    expect(l.today).toEqual({
      date: TODAY,
      x: (toDayNumber(TODAY) - toDayNumber('2026-01-01') + 0.5) * 4,
    });
  });

  it('has no today line when today is outside the range, and the default range always includes today', () => {
    const a = aspiration([goal({ startDate: '2030-01-01', dueDate: '2030-03-01' })]);
    expect(layout([a], { range: { start: '2030-01-01', end: '2030-12-31' } }).today).toBeNull();
    for (const zoom of ['months', 'quarters', 'years', 'fit'] as const)
      expect(layout([a], { zoom }).today?.date).toBe(TODAY);
  });
});

describe('overdue, done and dropped', () => {
  const byStatus = (status: GoalStatus, dueDate: string) =>
    goal({ status, startDate: '2026-01-01', dueDate });

  it('marks an open goal of an active aspiration overdue once its due date has passed, in words too', () => {
    const late = byStatus('planned', '2026-05-14');
    const lateInProgress = byStatus('in_progress', '2026-04-15');
    const dueToday = byStatus('planned', TODAY);
    const l = layout([aspiration([late, lateInProgress, dueToday])]);
    expect(barOf(l, late.id)).toMatchObject({ kind: 'overdue', overdueDays: 1 });
    expect(barOf(l, late.id).label).toMatchObject({ icon: 'warning' });
    expect(barOf(l, late.id).label.text).toMatch(/^Overdue: /);
    expect(barOf(l, late.id).accessibleName).toContain('overdue by 1 day');
    expect(barOf(l, lateInProgress.id)).toMatchObject({ kind: 'overdue', overdueDays: 30 });
    expect(barOf(l, dueToday.id).kind).toBe('planned');
    expect(barOf(l, dueToday.id).accessibleName).not.toContain('overdue');
  });

  it('never calls done goals, or goals of an achieved or retired aspiration, overdue', () => {
    const done = byStatus('done', '2026-02-01');
    const l = layout([aspiration([done])]);
    expect(barOf(l, done.id)).toMatchObject({ kind: 'done', overdueDays: 0 });
    expect(barOf(l, done.id).label.icon).toBe('check');
    expect(barOf(l, done.id).accessibleName).toContain('done');
    for (const status of ['achieved', 'retired'] as const) {
      const open = byStatus('planned', '2026-02-01');
      expect(barOf(layout([aspiration([open], { status })]), open.id).kind).toBe('planned');
    }
  });

  it('hides dropped goals unless the status filter asks for them', () => {
    const dropped = byStatus('dropped', '2026-02-01');
    const kept = byStatus('planned', '2026-08-01');
    const a = aspiration([dropped, kept]);
    expect(layout([a]).bars.map((b) => b.goalId)).toEqual([kept.id]);
    const shown = layout([a], { filter: { statuses: ['planned', 'dropped'] } });
    expect(barOf(shown, dropped.id)).toMatchObject({ kind: 'dropped' });
    expect(barOf(shown, dropped.id).label.text).toMatch(/^Dropped: /);
  });

  it('filters by aspiration and by status, leaving out aspirations with nothing to show', () => {
    const a = aspiration([byStatus('done', '2026-02-01')], { title: 'Lead' });
    const b = aspiration([byStatus('planned', '2026-08-01')], { title: 'Teach' });
    expect(
      layout([a, b], { filter: { aspirationIds: [b.id] } }).groups.map((g) => g.title),
    ).toEqual(['Teach']);
    expect(layout([a, b], { filter: { statuses: ['done'] } }).groups.map((g) => g.title)).toEqual([
      'Lead',
    ]);
    expect(layout([a, b], { filter: { statuses: [] } }).groups).toEqual([]);
  });
});

describe('goals without a start date', () => {
  it('start on the day they were created, on the person’s calendar, and say so', () => {
    const g = goal({ startDate: null, createdAt: '2026-02-10T09:00:00.000Z' });
    const bar = barOf(
      inTimeZone('UTC', () => layout([aspiration([g])])),
      g.id,
    );
    expect(bar).toMatchObject({ startDate: '2026-02-10', startFromCreation: true });
    expect(bar.storedStartDate).toBeNull();
    expect(bar.accessibleName).toContain('no start date set');
  });

  it('read the creation date in the local zone (late evening stays on that evening’s date)', () => {
    for (const zone of ZONES) {
      inTimeZone(zone, () => {
        const createdAt = new Date(2026, 1, 10, 23, 30).toISOString();
        const g = goal({ startDate: null, createdAt });
        expect(barOf(layout([aspiration([g])]), g.id).startDate).toBe('2026-02-10');
      });
    }
  });

  it('draw a goal whose start is after its due date on its due day, flagged', () => {
    const g = goal({ startDate: '2026-04-10', dueDate: '2026-04-01' });
    const l = layout([aspiration([g])], { range: YEAR_2026 });
    expect(barOf(l, g.id)).toMatchObject({ startsAfterDue: true, x: 90 * 4, width: 4 * 1.5 });
    expect(barOf(l, g.id).accessibleName).toContain('start date is after its due date');
  });
});

describe('calendar dates in every time zone', () => {
  it('lays out the same plan identically whatever TZ says', () => {
    const a = aspiration(
      [
        goal({ startDate: '2026-03-29', dueDate: '2026-10-25' }), // both European DST weekends
        goal({ startDate: '2026-03-08', dueDate: '2026-11-01' }), // both US DST weekends
        goal({ startDate: '2026-04-05', dueDate: '2026-10-04' }), // Lord Howe's half-hour DST
        goal({ startDate: '2024-02-29', dueDate: '2026-05-14' }), // leap day; overdue
      ],
      { horizonDate: '2027-03-28' },
    );
    const results = ZONES.map((zone) =>
      inTimeZone(zone, () =>
        JSON.stringify(
          (['months', 'quarters', 'years', 'fit'] as const).map((zoom) =>
            layout([a], { zoom, availableWidth: 1000 }),
          ),
        ),
      ),
    );
    expect(new Set(results).size).toBe(1);
    const l = layout([a], { range: YEAR_2026 });
    // 29 March is day 87 of 2026 in every zone, so x = 87 × 4 px.
    expect(barOf(l, a.goals[0]?.id as string).x).toBe(87 * 4);
  });
});

describe('goals outside the visible range', () => {
  const range = { start: '2026-04-01', end: '2026-06-30' };

  it('leaves out goals wholly before or after the range and counts them', () => {
    const before = goal({ startDate: '2026-01-01', dueDate: '2026-03-31' });
    const after = goal({ startDate: '2026-07-01', dueDate: '2026-08-01' });
    const inside = goal({ startDate: '2026-04-10', dueDate: '2026-05-10' });
    const l = layout([aspiration([before, after, inside])], { range });
    expect(l.bars.map((b) => b.goalId)).toEqual([inside.id]);
    expect(l.groups[0]).toMatchObject({ hiddenBefore: 1, hiddenAfter: 1 });
  });

  it('clips goals that run over an edge, keeping their real dates in words', () => {
    const over = goal({
      startDate: '2026-03-01',
      dueDate: '2026-09-30',
      steps: [
        { id: 'early', text: 'Early', dueDate: '2026-03-15', done: false },
        { id: 'in', text: 'In', dueDate: '2026-05-01', done: false },
      ],
    });
    const l = layout([aspiration([over], { horizonDate: '2027-01-01' })], { range });
    const bar = barOf(l, over.id);
    expect(bar).toMatchObject({ x: 0, clippedStart: true, clippedEnd: true });
    expect(bar.width).toBeCloseTo(l.width, 6);
    expect(bar.steps.map((s) => s.id)).toEqual(['in']);
    expect(bar.accessibleName).toContain('1 March 2026 to 30 September 2026');
    expect(l.groups[0]?.horizon).toMatchObject({ x: null, position: 'after' });
  });

  it('cuts off dates absurdly far away instead of drawing a chart miles wide', () => {
    const g = goal({ startDate: '2026-01-01', dueDate: '9999-12-31' });
    const l = layout([aspiration([g])], { zoom: 'months' });
    expect(l.range.end < '2128-01-01').toBe(true);
    expect(barOf(l, g.id).clippedEnd).toBe(true);
  });
});

describe('reading order and names', () => {
  it('orders bars by aspiration, then by start date, whatever the plan order of goals', () => {
    const late = goal({ title: 'Late', startDate: '2026-06-01', dueDate: '2026-07-01' });
    const early = goal({ title: 'Early', startDate: '2026-02-01', dueDate: '2026-03-01' });
    const other = goal({ title: 'Other', startDate: '2026-01-01', dueDate: '2026-02-01' });
    const l = layout([aspiration([late, early]), aspiration([other])]);
    expect(l.bars.map((b) => b.title)).toEqual(['Early', 'Late', 'Other']);
    expect(l.bars.map((b) => b.index)).toEqual([0, 1, 2]);
  });

  it('names each bar with its title, dates and status', () => {
    const g = goal({ title: 'Lead a pitch', startDate: '2026-06-01', dueDate: '2026-07-31' });
    expect(barOf(layout([aspiration([g])]), g.id).accessibleName).toBe(
      'Lead a pitch: 1 June 2026 to 31 July 2026, planned',
    );
  });

  it('puts a label inside a bar when it fits, else beside it, shortened to a maximum width', () => {
    const wide = goal({ title: 'Short', startDate: '2026-01-01', dueDate: '2026-06-30' });
    const narrow = goal({
      title: 'A fairly long title',
      startDate: '2026-08-01',
      dueDate: '2026-08-03',
    });
    const huge = goal({
      title: 'word '.repeat(80),
      startDate: '2026-09-01',
      dueDate: '2026-09-02',
    });
    const l = layout([aspiration([wide, narrow, huge])], { range: YEAR_2026 });
    expect(barOf(l, wide.id).label.placement).toBe('inside');
    expect(barOf(l, narrow.id).label).toMatchObject({
      placement: 'after',
      text: 'A fairly long title',
    });
    expect(barOf(l, huge.id).label.text.endsWith('…')).toBe(true);
    expect(barOf(l, huge.id).label.width).toBeLessThanOrEqual(l.metrics.maxLabelWidth);
  });
});

describe('labels on bars too short for them', () => {
  const title = 'Publish six detailed case studies';
  it('shortens them inside a roomy bar when the lane continues right after it', () => {
    const first = goal({ title, startDate: '2026-06-01', dueDate: '2026-07-16' });
    const next = goal({ title: 'Next', startDate: '2026-07-17', dueDate: '2026-11-30' });
    const l = layout([aspiration([first, next])], { range: YEAR_2026 });
    expect(barOf(l, first.id).label).toMatchObject({ placement: 'inside' });
    expect(barOf(l, first.id).label.text.endsWith('…')).toBe(true);
    expect(barOf(l, next.id).lane).toBe(barOf(l, first.id).lane);
  });

  it('writes them in full beside the bar when the lane has room there', () => {
    const only = goal({ title, startDate: '2026-06-01', dueDate: '2026-07-16' });
    const l = layout([aspiration([only])], { range: YEAR_2026 });
    expect(barOf(l, only.id).label).toMatchObject({ placement: 'after', text: title });
  });
});

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

describe('text', () => {
  it('shortens text with an ellipsis to fit a width', () => {
    expect(fitText('Short', 200, 12)).toBe('Short');
    const cut = fitText('A title that is far too long for a small bar', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(80);
  });

  it('shortens a title at a whole word, so what is seen is part of the bar’s name', () => {
    const title = 'Lead the agency’s first in-house campaign';
    const cut = fitWords(title, 160, 12);
    expect(cut).toMatch(/^Lead the agency’s first( in-house)?…$/);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(160);
    // One long word has no earlier word end: it is cut where it must be.
    expect(fitWords('Supercalifragilistic', 60, 12)).toBe(fitText('Supercalifragilistic', 60, 12));
  });

  it('names an overdue or dropped bar with the words it shows first', () => {
    const late = goal({ title: 'Ship it', startDate: '2020-01-01', dueDate: '2020-02-01' });
    expect(barOf(layout([aspiration([late])]), late.id).accessibleName).toMatch(
      /^Overdue: Ship it: /,
    );
  });

  it('keeps the longest start that fits, without trailing spaces, for any text and width', () => {
    // The rule spelled out: try every length, longest first.
    const longestThatFits = (text: string, max: number, bold: boolean) => {
      if (estimateTextWidth(text, 12, bold) <= max) return text;
      const chars = [...text];
      for (let n = chars.length; n > 0; n--) {
        const candidate = `${chars.slice(0, n).join('').trimEnd()}…`;
        if (estimateTextWidth(candidate, 12, bold) <= max) return candidate;
      }
      return '…';
    };
    const piece = fc.constantFrom('a', 'W', 'i', ' ', '\u00a0', '7', '—', '한', '🚀', 'é', '.');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 0, max: 300 }),
        fc.boolean(),
        (pieces, max, bold) => {
          const text = pieces.join('');
          expect(fitText(text, max, 12, bold)).toBe(longestThatFits(text, max, bold));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a large plan', () => {
  // Speed is the benchmark suite's to measure (on a quiet machine); this checks 500 goals lay out
  // whole, in order and without collisions.
  it('lays out 500 goals in 10 aspirations at every zoom', () => {
    const aspirations = Array.from({ length: 10 }, (_, a) =>
      aspiration(
        Array.from({ length: 50 }, (_, i) => {
          const start = addDays('2025-01-01', (a * 37 + i * 23) % 1400);
          return goal({
            title: `Goal ${a}-${i} with a realistic title`,
            startDate: start,
            dueDate: addDays(start, 30 + ((i * 17) % 300)),
            steps: [{ id: `s${a}-${i}`, text: 'Step', dueDate: addDays(start, 10), done: false }],
          });
        }),
      ),
    );
    for (const zoom of ['months', 'quarters', 'years', 'fit'] as const) {
      const l = layout(aspirations, { zoom, availableWidth: 1200 });
      expect(l.bars).toHaveLength(500);
      expect(l.bars.map((b) => b.index)).toEqual([...Array(500).keys()]);
      for (const group of l.groups) {
        const byLane = new Map<number, typeof group.bars>();
        for (const bar of group.bars) byLane.set(bar.lane, [...(byLane.get(bar.lane) ?? []), bar]);
        for (const bars of byLane.values()) {
          const sorted = [...bars].sort((p, q) => p.x - q.x);
          for (let i = 1; i < sorted.length; i++) {
            const previous = sorted[i - 1] as (typeof sorted)[0];
            const end = Math.max(
              previous.x + previous.width,
              previous.label.x + previous.label.width,
            );
            expect(end).toBeLessThanOrEqual(Math.min(sorted[i]!.x, sorted[i]!.label.x) + 1e-6);
          }
        }
      }
    }
  });
});
