/**
 * Marks drawn both on the chart and as samples in the legend, from one definition, so the legend
 * always shows exactly what the chart draws.
 */
import type { BarKind } from '../layout';
import { classes, overdueFill, PRINT_BODY, PRINT_INK, type PatternIds } from './ink';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The dashed line at today. */
export function TodayMark({
  x,
  y1,
  y2,
  print,
}: {
  x: number;
  y1: number;
  y2: number;
  print: boolean;
}) {
  return (
    <line
      className={classes(print)('gt-today-line')}
      x1={x}
      x2={x}
      y1={y1}
      y2={y2}
      stroke={print ? PRINT_INK.today : undefined}
      strokeWidth={print ? 1.25 : 2}
      strokeDasharray={print ? '4 2' : undefined}
      aria-hidden="true"
    />
  );
}

/** A goal's bar, in the look of its kind (hatched when overdue, dashed when dropped on paper). */
export function BarBody({
  kind,
  rx,
  print,
  ids,
  ...box
}: Box & { kind: BarKind; rx: number; print: boolean; ids: PatternIds }) {
  const body = PRINT_BODY[kind];
  return (
    <rect
      className={classes(print)('gt-body')}
      {...box}
      rx={rx}
      style={overdueFill(kind, print, ids)}
      fill={kind === 'overdue' ? `url(#${ids.overdue})` : print ? body.fill : undefined}
      stroke={print ? body.stroke : undefined}
      strokeWidth={print ? body.width : undefined}
      strokeDasharray={print ? body.dash : undefined}
    />
  );
}

/** The strip along a bar's foot that shows the progress so far. */
export function ProgressMark({ print, ...box }: Box & { print: boolean }) {
  return (
    <rect
      className={classes(print)('gt-progress')}
      {...box}
      fill={print ? PRINT_INK.barStroke : undefined}
      fillOpacity={print ? 0.55 : undefined}
    />
  );
}
