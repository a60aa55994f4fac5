/**
 * The timeline for paper: the same drawing as the Timeline screen, fitted to a page width, with no
 * interaction, and legible in black and white (hatching, icons and words, never colour alone). It
 * uses SVG presentation attributes only (no stylesheet, no CSS variables), so it renders the same
 * in the print window, in a browser, or as a string from `react-dom/server`'s
 * `renderToStaticMarkup(<TimelinePrint tree={tree} width={A4_CONTENT_WIDTH} />)`.
 */
import { useId, useMemo } from 'react';
import { addDays, localDate } from '../../../src-main/shared/calendar';
import {
  estimateTextWidth,
  layoutTimeline,
  PRINT_METRICS,
  type TimelineAspirationInput,
  type TimelineFilter,
  type TimelineLayout,
} from './layout';
import {
  Axis,
  BarShape,
  GroupBands,
  Grid,
  legendItems,
  LegendSwatch,
  Patterns,
  patternIds,
  PRINT_INK,
  TodayLine,
} from './draw';

/**
 * The Timeline screen's own print sheet: A4 (210 mm at 96 px per inch) less the 15 mm margins its
 * stylesheet gives that sheet. A printed document has its own margins: `pageContentWidth` in
 * print/paper.ts.
 */
export const A4_CONTENT_WIDTH = 680;

/** What the print version draws: `plan:tree`'s answer (Export) or `plan:timeline`'s (print view). */
export interface PrintablePlan {
  aspirations: readonly TimelineAspirationInput[];
}

export const PRINT_FONT_FAMILY = "Inter, 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";

export interface PrintTimelineOptions {
  /** The day the page is printed (the person's calendar); today by default. */
  today?: string;
  /** Statuses and aspirations to show; dropped goals are left out by default. */
  filter?: TimelineFilter;
  /** The first and last day to show; the whole plan by default. */
  range?: { start: string; end: string };
}

/** The layout the print version draws: Fit plan at the page width, with print sizes. */
export function printTimelineLayout(
  tree: PrintablePlan,
  width: number,
  options: PrintTimelineOptions = {},
): TimelineLayout {
  return layoutTimeline({
    aspirations: tree.aspirations,
    today: options.today ?? localDate(),
    zoom: 'fit',
    availableWidth: width,
    range: options.range,
    filter: options.filter,
    metrics: PRINT_METRICS,
  });
}

const LEGEND_ROW = 18;

function legendRows(width: number, fontSize: number, showDropped: boolean) {
  const rows: (ReturnType<typeof legendItems>[number] & { x: number; row: number })[] = [];
  let x = 0;
  let row = 0;
  for (const item of legendItems('print', showDropped)) {
    const itemWidth = 26 + estimateTextWidth(item.text, fontSize) + 14;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    rows.push({ ...item, x, row });
    x += itemWidth;
  }
  return { items: rows, height: (row + 1) * LEGEND_ROW };
}

/**
 * The whole plan's range (first and last day, both included), for printing it in parts that share
 * one axis: e.g. one {@link TimelinePrint} per aspiration, each with
 * `filter={{ aspirationIds: [id] }}` and this `range`, so the parts can fall on different pages and
 * still line up.
 */
export function wholePlanRange(
  tree: PrintablePlan,
  options: Omit<PrintTimelineOptions, 'range'> = {},
): { start: string; end: string } {
  const { range } = printTimelineLayout(tree, A4_CONTENT_WIDTH, options);
  return { start: range.start, end: addDays(range.end, -1) };
}

/** Draws a layout made by {@link printTimelineLayout} (or any layout) as one static SVG. */
export function StaticTimeline({
  layout,
  title = 'Timeline of the plan',
  legend: withLegend = true,
}: {
  layout: TimelineLayout;
  title?: string;
  /** Draw the legend under the chart (leave it off all but one part of a split timeline). */
  legend?: boolean;
}) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = useMemo(() => patternIds(`gt-print-${prefix}`), [prefix]);
  const { metrics, width } = layout;
  const empty = layout.groups.length === 0;
  const bodyHeight = empty ? 40 : layout.height;
  const legend = legendRows(
    width,
    metrics.fontSize,
    layout.bars.some((bar) => bar.kind === 'dropped'),
  );
  const legendTop = metrics.axisHeight + bodyHeight + 10;
  const height = withLegend ? legendTop + legend.height : metrics.axisHeight + bodyHeight + 2;
  const overdue = layout.bars.filter((bar) => bar.kind === 'overdue').length;
  const summary =
    `${title}: ${layout.bars.length} ${layout.bars.length === 1 ? 'goal' : 'goals'} in ` +
    `${layout.groups.length} ${layout.groups.length === 1 ? 'aspiration' : 'aspirations'}` +
    (overdue > 0 ? `, ${overdue} overdue` : '');

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      display="block"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={PRINT_FONT_FAMILY}
      fontSize={metrics.fontSize}
      role="img"
      aria-label={summary}
    >
      <title>{summary}</title>
      <Patterns ids={ids} variant="print" />
      <rect width={width} height={height} fill={PRINT_INK.paper} />
      <Axis layout={layout} variant="print" />
      <g transform={`translate(0 ${metrics.axisHeight})`}>
        {empty ? (
          <text x={4} y={24} fill={PRINT_INK.muted}>
            No goals to show.
          </text>
        ) : (
          <>
            <Grid layout={layout} variant="print" />
            <GroupBands layout={layout} variant="print" />
            <TodayLine layout={layout} variant="print" />
            {layout.bars.map((bar) => (
              <BarShape key={bar.goalId} bar={bar} metrics={metrics} variant="print" ids={ids} />
            ))}
          </>
        )}
      </g>
      {withLegend && (
        <g transform={`translate(0 ${legendTop})`} fill={PRINT_INK.text}>
          {legend.items.map((item) => (
            <g key={item.kind} transform={`translate(${item.x} ${item.row * LEGEND_ROW})`}>
              <LegendSwatch kind={item.kind} variant="print" ids={ids} />
              <text x={26} y={10}>
                {item.text}
              </text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}

/**
 * The print version of a plan: pass `plan:tree`'s or `plan:timeline`'s answer and the page's content width
 * (the Timeline screen's sheet: {@link A4_CONTENT_WIDTH}; a printed document: `pageContentWidth`).
 */
export function TimelinePrint({
  tree,
  width,
  title,
  legend,
  ...options
}: {
  tree: PrintablePlan;
  width: number;
  title?: string;
  legend?: boolean;
} & PrintTimelineOptions) {
  const { today, filter, range } = options;
  const layout = useMemo(
    () => printTimelineLayout(tree, width, { today, filter, range }),
    [tree, width, today, filter, range],
  );
  return <StaticTimeline layout={layout} title={title} legend={legend} />;
}
