import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from '../../src-main/shared/calendar';
import {
  assignLanes,
  PX_PER_DAY,
  type TimelineLayout,
} from '../../src-renderer/features/timeline/layout';
import { TODAY, goal, aspiration, layout, barOf, YEAR_2026 } from './timeline-fixtures';

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
