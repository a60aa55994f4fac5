/** Where the history charts put their points. Pure, so the geometry is tested without a browser. */

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartPoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

/**
 * One point per check, spaced evenly from left to right (two checks on one day stay apart), with
 * `min` at the bottom and `max` at the top. A check without a value leaves a gap.
 */
export function chartPoints(
  values: (number | null)[],
  min: number,
  max: number,
  box: Box,
): ChartPoint[] {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const span = max - min || 1;
  const xOf = (index: number) =>
    values.length === 1
      ? box.left + plotWidth / 2
      : box.left + (index * plotWidth) / (values.length - 1);
  const points: ChartPoint[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const clamped = Math.min(max, Math.max(min, value));
    points.push({
      index,
      value,
      x: round(xOf(index)),
      y: round(box.top + ((max - clamped) / span) * plotHeight),
    });
  });
  return points;
}

/** An SVG path through the points, lifting the pen across a missing check. */
export function linePath(points: ChartPoint[]): string {
  return points
    .map((point, i) => {
      const previous = points[i - 1];
      const joined = previous !== undefined && previous.index === point.index - 1;
      return `${joined ? 'L' : 'M'}${point.x} ${point.y}`;
    })
    .join(' ');
}

/** The y position of a value on the chart's scale (for grid lines and axis labels). */
export function levelY(value: number, min: number, max: number, box: Box): number {
  const plotHeight = box.height - box.top - box.bottom;
  return round(box.top + ((max - value) / (max - min || 1)) * plotHeight);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
