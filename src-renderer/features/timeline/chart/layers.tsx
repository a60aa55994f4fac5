/** The chart's layers that change only with the layout (memoised: hover and drag skip them). */
import { memo } from 'react';
import { Axis, groupNote, groupTitle, MemoBar, patternIds } from '../draw';
import type { TimelineBar, TimelineLayout } from '../layout';

export const IDS = patternIds('gt-screen');

export const Bars = memo(function Bars({
  bars,
  metrics,
  activeId,
  draggingId,
}: {
  bars: readonly TimelineBar[];
  metrics: TimelineLayout['metrics'];
  activeId: string | null;
  draggingId: string | null;
}) {
  return (
    <g className="gt-bars">
      {bars.map((bar) => (
        <MemoBar
          key={bar.goalId}
          bar={bar}
          metrics={metrics}
          variant="screen"
          ids={IDS}
          active={bar.goalId === activeId}
          dragging={bar.goalId === draggingId}
        />
      ))}
    </g>
  );
});

/** The axis, stuck to the top; each year's label sticks to the left while its year is in view. */
export const AxisHeader = memo(function AxisHeader({ layout }: { layout: TimelineLayout }) {
  const { metrics, axis } = layout;
  // With a row of years (Months, Quarters) they go above; otherwise the single row is drawn in SVG.
  const years = axis.upper;
  return (
    <div className="gt-axis" style={{ width: layout.width, height: metrics.axisHeight }}>
      <svg width={layout.width} height={metrics.axisHeight} aria-hidden="true">
        <Axis layout={layout} variant="screen" yearsInHtml />
      </svg>
      {years.map((tick, i) => {
        const end = years[i + 1]?.x ?? layout.width;
        return (
          <div
            key={tick.date}
            className="gt-year"
            style={{ left: tick.x, width: end - tick.x }}
            aria-hidden="true"
          >
            <span>{tick.text}</span>
          </div>
        );
      })}
    </div>
  );
});

export const GroupHeaders = memo(function GroupHeaders({ layout }: { layout: TimelineLayout }) {
  const { metrics } = layout;
  return (
    <div className="gt-headers" aria-hidden="true">
      {layout.groups.map((group) => {
        const note = groupNote(group);
        return (
          <div
            key={group.aspirationId}
            className="gt-group-header"
            style={{
              top: metrics.axisHeight + group.y,
              height: metrics.headerHeight,
              width: layout.width,
            }}
          >
            <span className="gt-group-title">
              <span className="gt-group-name">{groupTitle(group)}</span>
              {note && <span className="gt-group-note">{note}</span>}
            </span>
          </div>
        );
      })}
    </div>
  );
});
