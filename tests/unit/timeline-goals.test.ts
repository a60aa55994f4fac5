import { describe, expect, it } from 'vitest';
import type { GoalStatus } from '../../src-main/contract/plan';
import { inTimeZone, ZONES } from './timezones';
import { TODAY, goal, aspiration, layout, barOf, YEAR_2026 } from './timeline-fixtures';

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
