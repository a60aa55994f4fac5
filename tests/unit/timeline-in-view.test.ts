import { describe, expect, it } from 'vitest';
import {
  layoutTimeline,
  type TimelineBar,
  type TimelineGoalInput,
} from '../../src-renderer/features/timeline/layout';
import {
  barExtent,
  barsToDraw,
  drawnAreaFor,
  sameArea,
  viewAreaFor,
} from '../../src-renderer/features/timeline/in-view';

/** Twelve goals a month apart, each a month long, on a Months scale (about 120 px a month). */
function bars(): TimelineBar[] {
  const goals: TimelineGoalInput[] = Array.from({ length: 12 }, (_, i) => ({
    id: `g${i + 1}`,
    title: `Goal ${i + 1}`,
    startDate: `2026-${String(i + 1).padStart(2, '0')}-01`,
    dueDate: `2026-${String(i + 1).padStart(2, '0')}-20`,
    status: 'planned',
    createdAt: '2025-12-01T12:00:00.000Z',
    steps: i === 5 ? [{ id: 's1', text: 'Late step', dueDate: '2026-12-20', done: false }] : [],
  }));
  return layoutTimeline({
    aspirations: [{ id: 'a', title: 'A', horizonDate: null, status: 'active', goals }],
    today: '2026-01-10',
    zoom: 'months',
  }).bars;
}

const view = { left: 0, top: 0, width: 400, height: 300 };

describe('the bars the timeline draws', () => {
  it('draws its first paint from the view and a small margin, inside the band drawn after it', () => {
    for (const left of [0, 137, 650, 2001]) {
      const seen = { ...view, left, top: left / 2 };
      const first = viewAreaFor(seen);
      const band = drawnAreaFor(seen);
      expect(first.left).toBeLessThan(seen.left);
      expect(first.right).toBeGreaterThan(seen.left + seen.width);
      expect(first.top).toBeLessThan(seen.top);
      expect(first.bottom).toBeGreaterThan(seen.top + seen.height);
      expect(first.left).toBeGreaterThanOrEqual(band.left);
      expect(first.right).toBeLessThanOrEqual(band.right);
      expect(first.top).toBeGreaterThanOrEqual(band.top);
      expect(first.bottom).toBeLessThanOrEqual(band.bottom);
    }
    // Fewer bars than the band, and the first goal, in view, among them.
    const all = bars();
    const keep = new Set<string>();
    const firstPaint = barsToDraw(all, viewAreaFor(view), keep).map((bar) => bar.goalId);
    expect(firstPaint.length).toBeLessThan(barsToDraw(all, drawnAreaFor(view), keep).length);
    expect(firstPaint).toContain('g1');
  });

  it('moves the drawn area in steps of half a view, a whole view wider on every side', () => {
    expect(drawnAreaFor(view)).toEqual({ left: -400, right: 1000, top: -300, bottom: 750 });
    // Scrolling less than half a view keeps the same area: no re-render.
    expect(sameArea(drawnAreaFor({ ...view, left: 199, top: 149 }), drawnAreaFor(view))).toBe(true);
    expect(drawnAreaFor({ ...view, left: 200 })).toEqual({
      left: -200,
      right: 1200,
      top: -300,
      bottom: 750,
    });
    // Whatever is in view is always well inside the area.
    for (const left of [0, 137, 650, 2001]) {
      const area = drawnAreaFor({ ...view, left });
      expect(area.left).toBeLessThanOrEqual(left - view.width / 2);
      expect(area.right).toBeGreaterThanOrEqual(left + view.width + view.width / 2);
    }
  });

  it('draws the bars reaching into the area, in reading order, and always the ones kept', () => {
    const all = bars();
    const area = drawnAreaFor({ ...view, left: 1200 });
    const drawn = barsToDraw(all, area, new Set(['g1']));
    const ids = drawn.map((bar) => bar.goalId);
    expect(ids[0]).toBe('g1'); // kept, though far to the left
    expect(ids).not.toContain('g2');
    expect(ids.length).toBeLessThan(all.length);
    expect(ids).toEqual(all.filter((bar) => ids.includes(bar.goalId)).map((bar) => bar.goalId));
    for (const bar of drawn.slice(1)) {
      const { start, end } = barExtent(bar);
      expect(end >= area.left && start <= area.right).toBe(true);
    }
    // A step due far after its goal stretches the goal's reach: it is drawn with the step in view.
    const late = all.find((bar) => bar.goalId === 'g6') as TimelineBar;
    const stepX = late.steps[0]?.x as number;
    expect(barExtent(late).end).toBeGreaterThan(stepX);
    const nearStep = drawnAreaFor({ ...view, left: stepX - 100 });
    // The bar and its label are out of the area; only the step reaches into it.
    expect(Math.max(late.x + late.width, late.label.x + late.label.width)).toBeLessThan(
      nearStep.left,
    );
    expect(barsToDraw(all, nearStep, new Set()).map((bar) => bar.goalId)).toContain('g6');
  });

  it('draws only the kept bars until the view is measured', () => {
    expect(barsToDraw(bars(), null, new Set(['g3'])).map((bar) => bar.goalId)).toEqual(['g3']);
  });
});
