/**
 * Which bars the chart draws: those in or near the part of the chart in view. A plan of 500 goals
 * is some 4,000 SVG elements; building and laying them all out took the screen several hundred
 * milliseconds to appear, and every later style change paid for them again. Pure, so it is tested
 * without a browser.
 */
import type { TimelineBar } from './layout';

/** The scrolled view, in the chart body's coordinates (the axis above it excluded). */
export interface ChartView {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The area drawn: a band around the view, in the same coordinates. */
export interface DrawnArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The view widened by a whole view on every side, its edges moved in steps of half a view. So the
 * drawn area changes only every half view of scrolling (one re-render, not one per frame), and
 * whatever scrolls into view has been drawn at least half a view earlier.
 */
export function drawnAreaFor(view: ChartView): DrawnArea {
  const stepX = Math.max(1, view.width / 2);
  const stepY = Math.max(1, view.height / 2);
  const left = Math.floor(view.left / stepX) * stepX;
  const top = Math.floor(view.top / stepY) * stepY;
  return {
    left: left - view.width,
    right: left + stepX + 2 * view.width,
    top: top - view.height,
    bottom: top + stepY + 2 * view.height,
  };
}

/**
 * The view itself and a small margin: what the chart draws for its first paint, before it widens
 * to `drawnAreaFor`'s band in the background. A band of nine views holds several times the bars in
 * sight, and building them all before the first paint kept the chart from appearing.
 */
export function viewAreaFor(view: ChartView): DrawnArea {
  const marginX = view.width / 8;
  const marginY = view.height / 8;
  return {
    left: view.left - marginX,
    right: view.left + view.width + marginX,
    top: view.top - marginY,
    bottom: view.top + view.height + marginY,
  };
}

export function sameArea(a: DrawnArea | null, b: DrawnArea | null): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.left === b.left &&
      a.right === b.right &&
      a.top === b.top &&
      a.bottom === b.bottom)
  );
}

/** How far a bar reaches sideways: its body, its label (inside, before or after) and its steps. */
export function barExtent(bar: TimelineBar): { start: number; end: number } {
  let start = Math.min(bar.x, bar.label.x);
  let end = Math.max(bar.x + bar.width, bar.label.x + bar.label.width);
  for (const step of bar.steps) {
    start = Math.min(start, step.x - 5);
    end = Math.max(end, step.x + 5);
  }
  return { start, end };
}

/**
 * The bars to draw, in reading order: those that reach into `area` (none until the view has been
 * measured, which happens before the first paint), and always the ones in `keep` — the bar that takes the focus, its neighbours (so the
 * arrow keys, Home and End always have a bar to move to, which the browser then scrolls into
 * view), and one being dragged.
 */
export function barsToDraw(
  bars: readonly TimelineBar[],
  area: DrawnArea | null,
  keep: ReadonlySet<string>,
): TimelineBar[] {
  return bars.filter((bar) => {
    if (keep.has(bar.goalId)) return true;
    if (!area) return false;
    if (bar.y + bar.height < area.top || bar.y > area.bottom) return false;
    const { start, end } = barExtent(bar);
    return end >= area.left && start <= area.right;
  });
}
