/**
 * The interactive timeline: draws a layout, scrolls, and turns pointer and keyboard input into
 * focus moves, goal cards and reschedules. It never lays anything out itself.
 *
 * Built to stay smooth with hundreds of goals: only the bars in or near the view are drawn
 * (chart/use-timeline-windowing.ts), bars are memoised (a new layout re-renders only the bars that
 * changed), events are delegated to the chart (no handler per bar), hovering and focusing change
 * only the card, and a drag moves a ghost rather than the chart; the plan is changed once, on drop.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
} from 'react';
import type { TimelineGoal } from '../../../src-main/contract';
import { GroupBands, Grid, Patterns, TodayLine } from './draw';
import { GoalCard } from './GoalCard';
import { keyboardStep, type TimelineBar, type TimelineLayout } from './layout';
import type { StoredDates } from './queries';
import { DragGhost } from './chart/DragGhost';
import { AxisHeader, Bars, GroupHeaders, IDS } from './chart/layers';
import { barElement, goalIdOf, type RescheduleRequest } from './chart/targets';
import { useBarDrag } from './chart/use-bar-drag';
import { CARD_ID, useHoverCard } from './chart/use-hover-card';
import { useKeyboardNudge } from './chart/use-keyboard-nudge';
import { useTimelineKeyboard } from './chart/use-timeline-keyboard';
import { useTimelineWindowing } from './chart/use-timeline-windowing';

export type { RescheduleRequest };

export interface TimelineChartProps {
  layout: TimelineLayout;
  goals: ReadonlyMap<string, TimelineGoal>;
  /** Shows dates at once (drag drop, each key press), before they are saved. */
  onPreview: (goalId: string, dates: StoredDates) => void;
  /** Saves a reschedule (validation, history, Undo). */
  onCommit: (request: RescheduleRequest) => void;
  onOpen: (bar: TimelineBar) => void;
  /** The chart's visible width, reported on every resize (Fit plan fits into it). */
  onViewportWidth?: (width: number) => void;
  /** The id of the text that explains the keys. */
  describedBy?: string;
}

export function TimelineChart({
  layout,
  goals,
  onPreview,
  onCommit,
  onOpen,
  onViewportWidth,
  describedBy,
}: TimelineChartProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<SVGSVGElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusWithin = useRef(false);

  const barsById = useMemo(
    () => new Map(layout.bars.map((bar) => [bar.goalId, bar] as const)),
    [layout],
  );
  const current = activeId && barsById.has(activeId) ? activeId : (layout.bars[0]?.goalId ?? null);
  const focusedBar = focusedId ? barsById.get(focusedId) : undefined;
  const { metrics } = layout;

  const step = keyboardStep(layout.zoom, layout.pxPerDay);
  const { flushBurst, nudgeBar, announcement } = useKeyboardNudge(step.unit, onPreview, onCommit);

  const focusBar = useCallback((goalId: string) => {
    setActiveId(goalId);
    barElement(bodyRef.current, goalId)?.focus();
  }, []);

  const [draggingId, setDraggingId] = useState<string | null>(null);
  const card = useHoverCard({ scrollRef, bodyRef, layout, barsById, dragging: !!draggingId });
  const drag = useBarDrag({
    scrollRef,
    bodyRef,
    barsById,
    pxPerDay: layout.pxPerDay,
    onPress: (goalId) => {
      flushBurst(); // a keyboard change still waiting is saved first
      barElement(bodyRef.current, goalId)?.focus({ preventScroll: true });
      setActiveId(goalId);
    },
    onDragging: (goalId) => {
      setDraggingId(goalId);
      if (goalId) card.clearHover();
    },
    onPreview,
    onCommit,
  });

  const { drawn, onScroll } = useTimelineWindowing({
    scrollRef,
    layout,
    barsById,
    activeId: current,
    focusedBar,
    draggingId: draggingId,
    onViewportWidth,
  });

  // After a reschedule re-renders the bars, the focused bar keeps the focus.
  useLayoutEffect(() => {
    if (!focusWithin.current || !current) return;
    const el = barElement(bodyRef.current, current);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }, [layout, current]);

  const onKeyDown = useTimelineKeyboard({
    bars: layout.bars,
    barsById,
    cancelDrag: drag.cancel,
    nudgeBar,
    flushBurst,
    onOpen,
    focusBar,
    hideCards: () => {
      card.clearHover();
      card.clearFocus();
    },
  });

  const onFocus = (event: ReactFocusEvent<SVGSVGElement>) => {
    const goalId = goalIdOf(event.target);
    if (!goalId) return;
    focusWithin.current = true;
    setActiveId(goalId);
    setFocusedId(goalId);
    card.focusOn(goalId);
  };

  const onBlur = (event: ReactFocusEvent<SVGSVGElement>) => {
    if (goalIdOf(event.relatedTarget)) return;
    focusWithin.current = false;
    card.clearFocus();
    setFocusedId(null);
    flushBurst();
  };

  const canvasHeight = metrics.axisHeight + Math.max(layout.height, 1);
  const shown = card.shown;

  return (
    <div className="gt-scroll" ref={scrollRef} onScroll={onScroll}>
      <div className="gt-canvas" style={{ width: layout.width, height: canvasHeight }}>
        <AxisHeader layout={layout} />
        <GroupHeaders layout={layout} />
        <svg
          ref={bodyRef}
          className="gt-body-svg"
          width={layout.width}
          height={Math.max(layout.height, 1)}
          style={{ top: metrics.axisHeight }}
          role="group"
          aria-label={`Goals on the timeline, ${layout.bars.length} shown`}
          aria-describedby={describedBy}
          {...drag.handlers}
          onPointerOver={(event) => {
            if (!drag.isDragging()) card.hoverOver(goalIdOf(event.target));
          }}
          onPointerLeave={card.clearHover}
          onDoubleClick={(event) => {
            const goalId = goalIdOf(event.target);
            const bar = goalId ? barsById.get(goalId) : undefined;
            if (bar) onOpen(bar);
          }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <Patterns ids={IDS} variant="screen" />
          <Grid layout={layout} variant="screen" />
          <GroupBands layout={layout} variant="screen" />
          <TodayLine layout={layout} variant="screen" />
          <Bars bars={drawn} metrics={metrics} activeId={current} draggingId={draggingId} />
          {focusedBar && !draggingId && (
            <rect
              className="gt-focus-ring"
              x={focusedBar.x - 3}
              y={focusedBar.y - 3}
              width={focusedBar.width + 5}
              height={focusedBar.height + 6}
              rx={6}
            />
          )}
          <DragGhost store={drag.ghostStore} layout={layout} />
        </svg>
        {shown && (
          <GoalCard
            id={CARD_ID}
            bar={shown.bar}
            goal={goals.get(shown.bar.goalId)}
            left={shown.left}
            top={shown.top}
            above={shown.above}
          />
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
