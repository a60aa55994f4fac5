/** The axis, the grid behind the bars and the line at today. Every coordinate comes from the layout. */
import { memo } from 'react';
import { estimateTextWidth, type TimelineLayout, type TimelineMetrics } from '../layout';
import { classes, PRINT_INK, type LayerProps, type Variant } from './ink';
import { TodayMark } from './marks';

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
export const Grid = memo(function Grid({ layout, variant }: LayerProps) {
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

export function TodayLine({ layout, variant }: LayerProps) {
  if (!layout.today) return null;
  const y2 = Math.max(layout.height, 1);
  return <TodayMark x={layout.today.x} y1={0} y2={y2} print={variant === 'print'} />;
}
