/**
 * The pieces of the timeline drawing, shared by the interactive chart (variant `screen`: colours
 * from the theme's CSS variables, so light and dark both work) and the static print version
 * (variant `print`: SVG presentation attributes only, black on white with hatching and words, so
 * it reads the same without colour and needs no stylesheet).
 *
 * Nothing here computes a position: every coordinate comes from the layout.
 */
import { memo } from 'react';
import { dateInWords } from '../../../src-main/shared/date-words';
import {
  estimateTextWidth,
  type BarKind,
  type TimelineBar,
  type TimelineGroup,
  type TimelineLayout,
  type TimelineMetrics,
} from './layout';

export type Variant = 'screen' | 'print';

/**
 * Class names are for the screen's stylesheet only: on paper they would let the app's CSS paint
 * over the print colours, so the print variant carries none.
 */
function classes(print: boolean) {
  return (name: string) => (print ? undefined : name);
}

/** Ink for paper: black, greys and hatching, with a touch of colour where the printer has it. */
export const PRINT_INK = {
  paper: '#ffffff',
  text: '#111111',
  muted: '#555555',
  grid: '#dedede',
  gridStrong: '#a0a0a0',
  band: '#f1f1f1',
  bar: '#ffffff',
  barStroke: '#333333',
  progress: '#cfcfcf',
  warn: '#8f3300',
  done: '#e4e4e4',
  doneStroke: '#8a8a8a',
  today: '#000000',
} as const;

export interface PatternIds {
  overdue: string;
}

export const patternIds = (prefix: string): PatternIds => ({ overdue: `${prefix}-overdue` });

/** The hatching that marks an overdue bar (with its "Overdue" label: never colour alone). */
export function Patterns({ ids, variant }: { ids: PatternIds; variant: Variant }) {
  const print = variant === 'print';
  const cls = classes(print);
  return (
    <defs>
      <pattern
        id={ids.overdue}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect
          width={6}
          height={6}
          className={cls('gt-hatch-back')}
          fill={print ? PRINT_INK.paper : undefined}
        />
        <line
          x1={0}
          y1={0}
          x2={0}
          y2={6}
          className={cls('gt-hatch-line')}
          stroke={print ? PRINT_INK.warn : undefined}
          strokeWidth={print ? 1.6 : 2}
          strokeOpacity={print ? 0.45 : undefined}
        />
      </pattern>
    </defs>
  );
}

// ---------------------------------------------------------------------------------------------
// Axis, grid, today
// ---------------------------------------------------------------------------------------------

export function axisRows(metrics: TimelineMetrics) {
  const f = metrics.fontSize;
  return {
    upperBaseline: f + 3,
    lowerBaseline: 2 * f + 9,
    todayTop: 2 * f + 14,
    todayHeight: f + 6,
  };
}

/** The two rows of period labels (years above months or quarters) and the *Today* tag. */
export const Axis = memo(function Axis({
  layout,
  variant,
  yearsInHtml = false,
}: {
  layout: TimelineLayout;
  variant: Variant;
  /** The screen writes the year labels in HTML, so they can stick to the left while scrolling. */
  yearsInHtml?: boolean;
}) {
  const print = variant === 'print';
  const cls = classes(print);
  const { metrics, axis, width, today } = layout;
  const rows = axisRows(metrics);
  const todayWidth = estimateTextWidth('Today', metrics.fontSize, true) + 10;
  const todayX = today ? Math.min(width - todayWidth, Math.max(0, today.x - todayWidth / 2)) : null;
  return (
    <g className={cls('gt-axis')} fontSize={metrics.fontSize}>
      <rect
        className={cls('gt-axis-back')}
        width={width}
        height={metrics.axisHeight}
        fill={print ? PRINT_INK.paper : undefined}
      />
      {axis.upper.map((tick) => (
        <g key={`u${tick.date}`}>
          {tick.line && (
            <line
              className={cls('gt-axis-line-strong')}
              x1={tick.x}
              x2={tick.x}
              y1={0}
              y2={metrics.axisHeight}
              stroke={print ? PRINT_INK.gridStrong : undefined}
            />
          )}
          {tick.label && !yearsInHtml && (
            <text
              className={cls('gt-axis-upper')}
              x={tick.labelX}
              y={rows.upperBaseline}
              fontWeight={700}
              fill={print ? PRINT_INK.text : undefined}
            >
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {axis.ticks.map((tick) => (
        <g key={`l${tick.date}`}>
          {tick.line && (
            <line
              className={cls('gt-axis-line')}
              x1={tick.x}
              x2={tick.x}
              y1={axis.upper.length > 0 ? rows.upperBaseline + 4 : 0}
              y2={metrics.axisHeight}
              stroke={print ? PRINT_INK.gridStrong : undefined}
            />
          )}
          {tick.label && (
            <text
              className={cls('gt-axis-lower')}
              x={tick.labelX}
              y={axis.upper.length > 0 ? rows.lowerBaseline : rows.upperBaseline}
              fontWeight={axis.upper.length > 0 ? 400 : 700}
              fill={print ? PRINT_INK.muted : undefined}
            >
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {today && todayX !== null && (
        <g className={cls('gt-today-tag')}>
          <rect
            x={todayX}
            y={rows.todayTop}
            width={todayWidth}
            height={rows.todayHeight}
            rx={rows.todayHeight / 2}
            fill={print ? PRINT_INK.paper : undefined}
            stroke={print ? PRINT_INK.today : undefined}
          />
          <text
            x={todayX + todayWidth / 2}
            y={rows.todayTop + rows.todayHeight / 2 + metrics.fontSize * 0.35}
            textAnchor="middle"
            fontWeight={700}
            fill={print ? PRINT_INK.text : undefined}
          >
            Today
          </text>
        </g>
      )}
      <line
        className={cls('gt-axis-base')}
        x1={0}
        x2={width}
        y1={metrics.axisHeight - 0.5}
        y2={metrics.axisHeight - 0.5}
        stroke={print ? PRINT_INK.gridStrong : undefined}
      />
    </g>
  );
});

/** Vertical lines at each tick, behind the bars. */
export const Grid = memo(function Grid({
  layout,
  variant,
}: {
  layout: TimelineLayout;
  variant: Variant;
}) {
  const print = variant === 'print';
  const cls = classes(print);
  const height = Math.max(layout.height, 1);
  return (
    <g className={cls('gt-grid')} aria-hidden="true">
      {layout.axis.ticks
        .filter((tick) => tick.line)
        .map((tick) => (
          <line
            key={tick.date}
            className={cls('gt-grid-line')}
            x1={tick.x}
            x2={tick.x}
            y1={0}
            y2={height}
            stroke={print ? PRINT_INK.grid : undefined}
          />
        ))}
      {layout.axis.upper
        .filter((tick) => tick.line)
        .map((tick) => (
          <line
            key={`u${tick.date}`}
            className={cls('gt-grid-line-strong')}
            x1={tick.x}
            x2={tick.x}
            y1={0}
            y2={height}
            stroke={print ? PRINT_INK.gridStrong : undefined}
          />
        ))}
    </g>
  );
});

export function TodayLine({ layout, variant }: { layout: TimelineLayout; variant: Variant }) {
  if (!layout.today) return null;
  const print = variant === 'print';
  const cls = classes(print);
  return (
    <line
      className={cls('gt-today-line')}
      x1={layout.today.x}
      x2={layout.today.x}
      y1={0}
      y2={Math.max(layout.height, 1)}
      stroke={print ? PRINT_INK.today : undefined}
      strokeWidth={print ? 1.25 : 2}
      strokeDasharray={print ? '4 2' : undefined}
      aria-hidden="true"
    />
  );
}

// ---------------------------------------------------------------------------------------------
// Groups: header bands and the horizon marker
// ---------------------------------------------------------------------------------------------

const ASPIRATION_STATUS_WORDS = { active: '', achieved: ' (achieved)', retired: ' (retired)' };

/** What a group's header says after its title: outside-the-range counts. */
export function groupNote(group: TimelineGroup): string {
  const notes: string[] = [];
  if (group.hiddenBefore > 0)
    notes.push(`${group.hiddenBefore} ${group.hiddenBefore === 1 ? 'goal' : 'goals'} before`);
  if (group.hiddenAfter > 0)
    notes.push(`${group.hiddenAfter} ${group.hiddenAfter === 1 ? 'goal' : 'goals'} after`);
  if (notes.length === 0) return '';
  return `${notes.join(', ')} this range`;
}

export function groupTitle(group: TimelineGroup): string {
  return `${group.title}${ASPIRATION_STATUS_WORDS[group.status]}`;
}

export const GroupBands = memo(function GroupBands({
  layout,
  variant,
}: {
  layout: TimelineLayout;
  variant: Variant;
}) {
  const print = variant === 'print';
  const cls = classes(print);
  const { metrics, width } = layout;
  return (
    <g className={cls('gt-groups')}>
      {layout.groups.map((group) => {
        const bottom = group.y + group.height - metrics.groupGap;
        const note = groupNote(group);
        const horizon = group.horizon;
        const horizonText = horizon ? `Horizon ${dateInWords(horizon.date)}` : '';
        const horizonWidth = estimateTextWidth(horizonText, metrics.fontSize - 1) + 8;
        return (
          <g key={group.aspirationId}>
            <rect
              className={cls('gt-band')}
              x={0}
              y={group.y}
              width={width}
              height={metrics.headerHeight}
              fill={print ? PRINT_INK.band : undefined}
            />
            <line
              className={cls('gt-band-base')}
              x1={0}
              x2={width}
              y1={bottom + metrics.groupGap / 2}
              y2={bottom + metrics.groupGap / 2}
              stroke={print ? PRINT_INK.grid : undefined}
            />
            {print && (
              <text
                x={4}
                y={group.y + metrics.headerHeight / 2 + metrics.fontSize * 0.38}
                fontSize={metrics.fontSize + 1}
                fontWeight={700}
                fill={PRINT_INK.text}
              >
                {groupTitle(group)}
                {note && (
                  <tspan fontWeight={400} fill={PRINT_INK.muted}>
                    {`  ·  ${note}`}
                  </tspan>
                )}
              </text>
            )}
            {horizon && horizon.x !== null && (
              <g className={cls('gt-horizon')} aria-hidden="true">
                <line
                  x1={horizon.x}
                  x2={horizon.x}
                  y1={group.y + metrics.headerHeight - 4}
                  y2={bottom}
                  stroke={print ? PRINT_INK.text : undefined}
                  strokeWidth={1.5}
                  strokeDasharray="2 3"
                />
                <path
                  d={`M${horizon.x} ${group.y + metrics.headerHeight - 10} l5 5 l-5 5 l-5 -5 z`}
                  fill={print ? PRINT_INK.text : undefined}
                />
                <text
                  x={horizon.x - horizonWidth < 0 ? horizon.x + 8 : horizon.x - 8}
                  y={group.y + metrics.headerHeight / 2 + metrics.fontSize * 0.35}
                  textAnchor={horizon.x - horizonWidth < 0 ? 'start' : 'end'}
                  fontSize={metrics.fontSize - 1}
                  fill={print ? PRINT_INK.text : undefined}
                >
                  {horizonText}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
});

// ---------------------------------------------------------------------------------------------
// Bars
// ---------------------------------------------------------------------------------------------

const PRINT_BODY: Record<BarKind, { fill: string; stroke: string; dash?: string; width: number }> =
  {
    planned: { fill: PRINT_INK.bar, stroke: PRINT_INK.barStroke, width: 1 },
    in_progress: { fill: PRINT_INK.bar, stroke: PRINT_INK.barStroke, width: 1 },
    overdue: { fill: '', stroke: PRINT_INK.warn, width: 1.75 },
    done: { fill: PRINT_INK.done, stroke: PRINT_INK.doneStroke, width: 1 },
    dropped: { fill: PRINT_INK.bar, stroke: PRINT_INK.doneStroke, dash: '3 2', width: 1 },
  };

/** On screen the stylesheet paints bars, so the hatching must win over it as an inline style. */
function overdueFill(kind: string, print: boolean, ids: PatternIds) {
  return kind === 'overdue' && !print ? { fill: `url(#${ids.overdue})` } : undefined;
}

function printText(kind: BarKind): string {
  if (kind === 'done' || kind === 'dropped') return PRINT_INK.muted;
  if (kind === 'overdue') return PRINT_INK.warn;
  return PRINT_INK.text;
}

function CheckIcon({ x, y, size, color }: { x: number; y: number; size: number; color?: string }) {
  const s = size / 11;
  const cls = classes(color !== undefined);
  return (
    <path
      className={cls('gt-icon gt-icon-check')}
      d={`M${x + 1.5 * s} ${y + 6 * s} l${3 * s} ${3 * s} l${5.5 * s} ${-6.5 * s}`}
      fill="none"
      stroke={color}
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

function WarningIcon({
  x,
  y,
  size,
  color,
}: {
  x: number;
  y: number;
  size: number;
  color?: string;
}) {
  const s = size / 11;
  const cls = classes(color !== undefined);
  return (
    <g className={cls('gt-icon gt-icon-warning')} stroke={color} fill="none" strokeLinejoin="round">
      <path
        d={`M${x + 5.5 * s} ${y + 0.8 * s} L${x + 10.6 * s} ${y + 10 * s} L${x + 0.4 * s} ${y + 10 * s} Z`}
        strokeWidth={1.3}
      />
      <path
        d={`M${x + 5.5 * s} ${y + 4 * s} V${y + 6.8 * s} M${x + 5.5 * s} ${y + 8.3 * s} V${y + 8.6 * s}`}
        strokeWidth={1.4}
        strokeLinecap="round"
      />
    </g>
  );
}

export interface BarViewProps {
  bar: TimelineBar;
  metrics: TimelineMetrics;
  variant: Variant;
  ids: PatternIds;
  /** Screen only: the bar Tab lands on (roving tabindex). */
  active?: boolean;
  /** Screen only: being dragged (the ghost shows where it goes). */
  dragging?: boolean;
}

/**
 * One goal: its bar, progress, label (with a check or warning icon) and steps. As few elements as
 * possible (hundreds of bars): the focus ring and the resize zones at the ends belong to the chart.
 */
export function BarShape({ bar, metrics, variant, ids, active, dragging }: BarViewProps) {
  const print = variant === 'print';
  const cls = classes(print);
  const body = PRINT_BODY[bar.kind];
  const fontSize = metrics.fontSize;
  const iconSize = Math.round(fontSize * 0.92);
  const midY = bar.y + bar.height / 2;
  const baseline = midY + fontSize * 0.36;
  const textColor = print ? printText(bar.kind) : undefined;
  const showProgress =
    bar.progress > 0 && bar.kind !== 'done' && bar.kind !== 'dropped' && bar.width > 4;
  const drawWidth = Math.max(2, bar.width - 1);
  const radius = Math.min(4, bar.height / 4, drawWidth / 2);
  const marker = print ? 3 : 4;
  const interactive = !print;

  return (
    <g
      className={cls(`gt-bar gt-kind-${bar.kind}${dragging ? ' gt-dragging' : ''}`)}
      data-goal-id={interactive ? bar.goalId : undefined}
      role={interactive ? 'button' : undefined}
      tabIndex={interactive ? (active ? 0 : -1) : undefined}
      aria-label={interactive ? bar.accessibleName : undefined}
      aria-keyshortcuts={
        interactive
          ? 'Enter ArrowLeft ArrowRight Alt+ArrowLeft Alt+ArrowRight Shift+Alt+ArrowLeft Shift+Alt+ArrowRight'
          : undefined
      }
    >
      <rect
        className={cls('gt-body')}
        x={bar.x}
        y={bar.y}
        width={drawWidth}
        height={bar.height}
        rx={radius}
        style={overdueFill(bar.kind, print, ids)}
        fill={bar.kind === 'overdue' ? `url(#${ids.overdue})` : print ? body.fill : undefined}
        stroke={print ? body.stroke : undefined}
        strokeWidth={print ? body.width : undefined}
        strokeDasharray={print ? body.dash : undefined}
      />
      {showProgress && (
        <rect
          className={cls('gt-progress')}
          x={bar.x}
          y={bar.y + bar.height - Math.max(3, bar.height / 5)}
          width={Math.max(1, drawWidth * bar.progress)}
          height={Math.max(3, bar.height / 5)}
          fill={print ? PRINT_INK.barStroke : undefined}
          fillOpacity={print ? 0.55 : undefined}
        />
      )}
      {bar.clippedStart && (
        <path
          className={cls('gt-clip-mark')}
          d={`M${bar.x + 5} ${midY - 4} l-3 4 l3 4`}
          fill="none"
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
        />
      )}
      {bar.clippedEnd && (
        <path
          className={cls('gt-clip-mark')}
          d={`M${bar.x + drawWidth - 5} ${midY - 4} l3 4 l-3 4`}
          fill="none"
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
        />
      )}
      {bar.label.icon === 'check' && (
        <CheckIcon x={bar.label.x} y={midY - iconSize / 2} size={iconSize} color={textColor} />
      )}
      {bar.label.icon === 'warning' && (
        <WarningIcon
          x={bar.label.x}
          y={midY - iconSize / 2 - 0.5}
          size={iconSize}
          color={textColor}
        />
      )}
      {bar.label.text && (
        <text
          className={cls('gt-label')}
          x={bar.label.x + (bar.label.icon ? 13 : 0)}
          y={baseline}
          fontSize={fontSize}
          fontWeight={bar.kind === 'overdue' ? 700 : undefined}
          textDecoration={bar.kind === 'dropped' ? 'line-through' : undefined}
          fill={textColor}
        >
          {bar.label.text}
        </text>
      )}
      {bar.steps.map((step) => (
        <path
          key={step.id}
          className={cls(step.done ? 'gt-step gt-step-done' : 'gt-step')}
          d={`M${step.x} ${bar.y + bar.height - marker} l${marker} ${marker} l${-marker} ${marker} l${-marker} ${-marker} z`}
          fill={print ? (step.done ? PRINT_INK.text : PRINT_INK.paper) : undefined}
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1}
        />
      ))}
    </g>
  );
}

/** Two bars draw the same when these agree (new layouts make new objects for unchanged bars). */
export function sameBar(a: TimelineBar, b: TimelineBar): boolean {
  if (a === b) return true;
  if (
    a.goalId !== b.goalId ||
    a.x !== b.x ||
    a.y !== b.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.kind !== b.kind ||
    a.progress !== b.progress ||
    a.clippedStart !== b.clippedStart ||
    a.clippedEnd !== b.clippedEnd ||
    a.accessibleName !== b.accessibleName ||
    a.label.text !== b.label.text ||
    a.label.x !== b.label.x ||
    a.label.icon !== b.label.icon ||
    a.steps.length !== b.steps.length
  )
    return false;
  return a.steps.every((step, i) => {
    const other = b.steps[i];
    return !!other && other.id === step.id && other.x === step.x && other.done === step.done;
  });
}

export const MemoBar = memo(
  BarShape,
  (a, b) =>
    a.active === b.active &&
    a.dragging === b.dragging &&
    a.variant === b.variant &&
    a.ids === b.ids &&
    a.metrics === b.metrics &&
    sameBar(a.bar, b.bar),
);

// ---------------------------------------------------------------------------------------------
// Legend
// ---------------------------------------------------------------------------------------------

type LegendKind = BarKind | 'progress' | 'today' | 'horizon' | 'step';

/** What each mark means. On paper planned and in-progress goals look alike (the text says which). */
export function legendItems(
  variant: Variant,
  showDropped = false,
): { kind: LegendKind; text: string }[] {
  const items: { kind: LegendKind; text: string }[] = [
    ...(variant === 'print'
      ? [{ kind: 'planned' as const, text: 'Goal (start to due date)' }]
      : [
          { kind: 'planned' as const, text: 'Planned' },
          { kind: 'in_progress' as const, text: 'In progress' },
        ]),
    { kind: 'progress', text: 'Progress so far' },
    { kind: 'overdue', text: 'Overdue' },
    { kind: 'done', text: 'Done' },
    { kind: 'dropped', text: 'Dropped' },
    { kind: 'step', text: 'Step due (filled: done)' },
    { kind: 'horizon', text: 'Horizon' },
    { kind: 'today', text: 'Today' },
  ];
  return showDropped ? items : items.filter((item) => item.kind !== 'dropped');
}

/** A small sample of each mark, for the legend (20 × 12 at the origin). */
export function LegendSwatch({
  kind,
  variant,
  ids,
}: {
  kind: LegendKind;
  variant: Variant;
  ids: PatternIds;
}) {
  const print = variant === 'print';
  const cls = classes(print);
  if (kind === 'today')
    return (
      <line
        className={cls('gt-today-line')}
        x1={10}
        x2={10}
        y1={0}
        y2={12}
        stroke={print ? PRINT_INK.today : undefined}
        strokeWidth={print ? 1.25 : 2}
        strokeDasharray={print ? '4 2' : undefined}
      />
    );
  if (kind === 'horizon')
    return (
      <g className={cls('gt-horizon')}>
        <line
          x1={10}
          x2={10}
          y1={2}
          y2={12}
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
          strokeDasharray="2 3"
        />
        <path d="M10 0 l4 4 l-4 4 l-4 -4 z" fill={print ? PRINT_INK.text : undefined} />
      </g>
    );
  if (kind === 'step')
    return (
      <g>
        <path
          className={cls('gt-step')}
          d="M6 6 l4 4 l-4 4 l-4 -4 z"
          transform="translate(0 -4)"
          fill={print ? PRINT_INK.paper : undefined}
          stroke={print ? PRINT_INK.text : undefined}
        />
        <path
          className={cls('gt-step gt-step-done')}
          d="M15 6 l4 4 l-4 4 l-4 -4 z"
          transform="translate(0 -4)"
          fill={print ? PRINT_INK.text : undefined}
          stroke={print ? PRINT_INK.text : undefined}
        />
      </g>
    );
  if (kind === 'progress')
    return (
      <g className={cls('gt-kind-in_progress')}>
        <rect
          className={cls('gt-body')}
          x={0.5}
          y={0.5}
          width={20}
          height={12}
          rx={3}
          fill={print ? PRINT_INK.bar : undefined}
          stroke={print ? PRINT_INK.barStroke : undefined}
        />
        <rect
          className={cls('gt-progress')}
          x={0.5}
          y={9.5}
          width={11}
          height={3}
          fill={print ? PRINT_INK.barStroke : undefined}
          fillOpacity={print ? 0.55 : undefined}
        />
      </g>
    );
  const body = PRINT_BODY[kind];
  return (
    <g className={cls(`gt-kind-${kind}`)}>
      <rect
        className={cls('gt-body')}
        x={0.5}
        y={0.5}
        width={20}
        height={12}
        rx={3}
        style={overdueFill(kind, print, ids)}
        fill={kind === 'overdue' ? `url(#${ids.overdue})` : print ? body.fill : undefined}
        stroke={print ? body.stroke : undefined}
        strokeWidth={print ? body.width : undefined}
        strokeDasharray={print ? body.dash : undefined}
      />
      {kind === 'done' && (
        <CheckIcon x={5} y={1} size={11} color={print ? PRINT_INK.muted : undefined} />
      )}
      {kind === 'overdue' && (
        <WarningIcon x={5} y={0.5} size={11} color={print ? PRINT_INK.warn : undefined} />
      )}
    </g>
  );
}
