/**
 * The interactive timeline: draws a layout, scrolls, and turns pointer and keyboard input into
 * focus moves, goal cards and reschedules. It never lays anything out itself.
 *
 * Built to stay smooth with hundreds of goals: only the bars in or near the view are drawn (see
 * in-view.ts), bars are memoised (a new layout re-renders only the bars that changed), events are
 * delegated to the chart (no handler per bar), hovering and focusing change only the card, and a
 * drag moves a ghost rather than the chart; the plan is changed once, on drop.
 */
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { TimelineGoal } from '../../../src-main/contract';
import { toDayNumber } from '../../../src-main/shared/calendar';
import { dateInWords } from '../../../src-main/shared/date-words';
import {
  keyboardStep,
  nudge,
  shiftByDays,
  type BarDates,
  type RescheduleMode,
  type TimelineBar,
  type TimelineLayout,
} from './layout';
import {
  Axis,
  GroupBands,
  Grid,
  groupNote,
  groupTitle,
  MemoBar,
  Patterns,
  patternIds,
  TodayLine,
} from './draw';
import { CARD_WIDTH, GoalCard } from './GoalCard';
import { barsToDraw, drawnAreaFor, sameArea, viewAreaFor, type DrawnArea } from './in-view';
import type { StoredDates } from './queries';

const IDS = patternIds('gt-screen');
const CARD_ID = 'gt-goal-card';
/** Pointer travel before a press becomes a drag (so a click stays a click). */
const DRAG_THRESHOLD = 4;
/** A keyboard burst is saved this long after the last key (one change, one Undo). */
const KEYBOARD_COMMIT_MS = 700;
const CARD_HEIGHT_GUESS = 280;
/** How far in from each end of a bar a press resizes rather than moves it. */
const RESIZE_EDGE = 8;

export interface RescheduleRequest {
  goalId: string;
  title: string;
  aspirationId: string;
  before: StoredDates;
  after: StoredDates;
}

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

// ---------------------------------------------------------------------------------------------
// The drag ghost: its own tiny store, so moving the pointer re-renders nothing but the ghost
// ---------------------------------------------------------------------------------------------

interface Ghost {
  bar: TimelineBar;
  dates: BarDates;
}

function createGhostStore() {
  let ghost: Ghost | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => ghost,
    set(next: Ghost | null) {
      ghost = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
type GhostStore = ReturnType<typeof createGhostStore>;

function DragGhost({ store, layout }: { store: GhostStore; layout: TimelineLayout }) {
  const ghost = useSyncExternalStore(store.subscribe, store.get, store.get);
  if (!ghost) return null;
  const { range, pxPerDay, metrics } = layout;
  const start = toDayNumber(ghost.dates.startDate);
  const end = toDayNumber(ghost.dates.dueDate) + 1;
  const x = (start - range.startDay) * pxPerDay;
  const width = Math.max(metrics.minBarWidth, (end - start) * pxPerDay);
  const text = `${dateInWords(ghost.dates.startDate)} – ${dateInWords(ghost.dates.dueDate)}`;
  const labelY = ghost.bar.y - 6;
  return (
    <g className="gt-ghost" aria-hidden="true">
      <rect x={x} y={ghost.bar.y} width={width} height={ghost.bar.height} rx={4} />
      <text
        x={Math.max(2, Math.min(x, layout.width - 220))}
        y={
          labelY < metrics.fontSize ? ghost.bar.y + ghost.bar.height + metrics.fontSize + 4 : labelY
        }
        fontSize={metrics.fontSize}
      >
        {text}
      </text>
    </g>
  );
}

// ---------------------------------------------------------------------------------------------
// Layers that only change with the layout
// ---------------------------------------------------------------------------------------------

const Bars = memo(function Bars({
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
const AxisHeader = memo(function AxisHeader({ layout }: { layout: TimelineLayout }) {
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

const GroupHeaders = memo(function GroupHeaders({ layout }: { layout: TimelineLayout }) {
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

// ---------------------------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------------------------

interface DragState {
  bar: TimelineBar;
  mode: RescheduleMode;
  pointerId: number;
  startX: number;
  startScroll: number;
  moved: boolean;
  days: number;
}

interface Burst {
  goalId: string;
  title: string;
  aspirationId: string;
  before: StoredDates;
  current: BarDates;
  startTouched: boolean;
  timer: number;
}

interface CardState {
  goalId: string;
  viewLeft: number;
  viewTop: number;
  viewWidth: number;
  viewHeight: number;
}

function barElement(root: Element | null, goalId: string): SVGGElement | null {
  return (root?.querySelector(`[data-goal-id="${CSS.escape(goalId)}"]`) as SVGGElement) ?? null;
}

function goalIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[data-goal-id]')?.getAttribute('data-goal-id') ?? null;
}

function storedAfter(before: StoredDates, next: BarDates, startTouched: boolean): StoredDates {
  return { startDate: startTouched ? next.startDate : before.startDate, dueDate: next.dueDate };
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
  const [ghostStore] = useState(createGhostStore);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [hover, setHover] = useState<CardState | null>(null);
  const [focus, setFocus] = useState<CardState | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const drag = useRef<DragState | null>(null);
  const burst = useRef<Burst | null>(null);
  const centreDay = useRef<number | null>(null);
  const placed = useRef<{ pxPerDay: number; startDay: number } | null>(null);
  const focusWithin = useRef(false);
  const [area, setArea] = useState<DrawnArea | null>(null);
  /** The scroller's inner size, kept by the resize observer (reading it on scroll forces a layout). */
  const viewSize = useRef<{ width: number; height: number } | null>(null);

  const barsById = useMemo(
    () => new Map(layout.bars.map((bar) => [bar.goalId, bar] as const)),
    [layout],
  );
  const current = activeId && barsById.has(activeId) ? activeId : (layout.bars[0]?.goalId ?? null);
  const { metrics } = layout;
  const step = keyboardStep(layout.zoom, layout.pxPerDay);

  /**
   * Moves the drawn area with the view; re-renders only when it crosses a step (in-view.ts). While
   * scrolling that re-render is a transition: React draws the new bars in short slices between
   * frames (the area reaches a whole view past the edges, so nothing is missing meanwhile).
   */
  const updateArea = useCallback(
    (urgent = false, viewOnly = false) => {
      const el = scrollRef.current;
      if (!el) return;
      viewSize.current ??= { width: el.clientWidth, height: el.clientHeight };
      const view = {
        left: el.scrollLeft,
        top: el.scrollTop - metrics.axisHeight,
        ...viewSize.current,
      };
      const next = viewOnly ? viewAreaFor(view) : drawnAreaFor(view);
      const update = () => setArea((previous) => (sameArea(previous, next) ? previous : next));
      if (urgent) update();
      else startTransition(update);
    },
    [metrics.axisHeight],
  );

  const focusedBar = focusedId ? barsById.get(focusedId) : undefined;
  const drawn = useMemo(() => {
    const keep = new Set<string>();
    const add = (bar: TimelineBar | undefined) => bar && keep.add(bar.goalId);
    const active = current ? barsById.get(current) : undefined;
    if (active) {
      add(active);
      add(layout.bars[active.index - 1]);
      add(layout.bars[active.index + 1]);
    }
    add(layout.bars[0]);
    add(layout.bars[layout.bars.length - 1]);
    add(focusedBar);
    if (draggingId) add(barsById.get(draggingId));
    return barsToDraw(layout.bars, area, keep);
  }, [layout.bars, barsById, area, current, focusedBar, draggingId]);

  // Keep the same dates in view when the scale or the range changes; start with today in view.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const previous = placed.current;
    placed.current = { pxPerDay: layout.pxPerDay, startDay: layout.range.startDay };
    if (
      previous &&
      previous.pxPerDay === layout.pxPerDay &&
      previous.startDay === layout.range.startDay
    )
      return;
    const day =
      previous && centreDay.current !== null
        ? centreDay.current
        : layout.today
          ? layout.range.startDay +
            layout.today.x / layout.pxPerDay +
            el.clientWidth / 6 / layout.pxPerDay
          : null;
    if (day === null) return;
    el.scrollLeft = (day - layout.range.startDay) * layout.pxPerDay - el.clientWidth / 2;
    centreDay.current =
      layout.range.startDay + (el.scrollLeft + el.clientWidth / 2) / layout.pxPerDay;
  }, [layout.pxPerDay, layout.range.startDay, layout.today]);

  // Where the view is once the scroll is placed, before the first paint (a new scale or a new
  // height can move it without a scroll event). The chart's very first paint draws only the bars in
  // view, and the band around them follows at once as a transition, after that paint.
  const paintedOnce = useRef(false);
  useLayoutEffect(() => {
    if (paintedOnce.current) return updateArea(true);
    paintedOnce.current = true;
    updateArea(true, true);
    const frame = requestAnimationFrame(() => updateArea());
    return () => cancelAnimationFrame(frame);
  }, [layout, updateArea]);

  // After a reschedule re-renders the bars, the focused bar keeps the focus.
  useLayoutEffect(() => {
    if (!focusWithin.current || !current) return;
    const el = barElement(bodyRef.current, current);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }, [layout, current]);

  const cardFor = useCallback((goalId: string): CardState | null => {
    const el = scrollRef.current;
    if (!el) return null;
    return {
      goalId,
      viewLeft: el.scrollLeft,
      viewTop: el.scrollTop,
      viewWidth: el.clientWidth,
      viewHeight: el.clientHeight,
    };
  }, []);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const size = { width: el.clientWidth, height: el.clientHeight };
      const known = viewSize.current;
      viewSize.current = size;
      // The first call only reports the size the layout effect above has already drawn for.
      if (known?.width !== size.width || known.height !== size.height) updateArea(true);
      onViewportWidth?.(el.clientWidth);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onViewportWidth, updateArea]);

  // The latest onCommit, for the timer and the unmount below (which must not re-run per render).
  const commitRef = useRef(onCommit);
  useLayoutEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);

  const flushBurst = useCallback(() => {
    const b = burst.current;
    if (!b) return;
    window.clearTimeout(b.timer);
    burst.current = null;
    commitRef.current({
      goalId: b.goalId,
      title: b.title,
      aspirationId: b.aspirationId,
      before: b.before,
      after: storedAfter(b.before, b.current, b.startTouched),
    });
  }, []);

  // A keyboard change still waiting is saved when the chart goes away.
  useEffect(() => () => flushBurst(), [flushBurst]);

  const nudgeBar = useCallback(
    (bar: TimelineBar, mode: RescheduleMode, direction: 1 | -1) => {
      if (burst.current && burst.current.goalId !== bar.goalId) flushBurst();
      const base: Burst = burst.current ?? {
        goalId: bar.goalId,
        title: bar.title,
        aspirationId: bar.aspirationId,
        before: { startDate: bar.storedStartDate, dueDate: bar.dueDate },
        current: { startDate: bar.startDate, dueDate: bar.dueDate },
        startTouched: false,
        timer: 0,
      };
      window.clearTimeout(base.timer);
      const dates = nudge(base.current, mode, step.unit, direction);
      const startTouched = base.startTouched || mode !== 'end';
      burst.current = {
        ...base,
        current: dates,
        startTouched,
        timer: window.setTimeout(flushBurst, KEYBOARD_COMMIT_MS),
      };
      onPreview(bar.goalId, storedAfter(base.before, dates, startTouched));
      setAnnouncement(
        `${bar.title}: ${dateInWords(dates.startDate)} to ${dateInWords(dates.dueDate)}`,
      );
    },
    [flushBurst, onPreview, step.unit],
  );

  const focusBar = useCallback((goalId: string) => {
    setActiveId(goalId);
    barElement(bodyRef.current, goalId)?.focus();
  }, []);

  // --- pointer ---------------------------------------------------------------------------------

  /** Which part of a bar the pointer is over: its ends resize, the rest moves. */
  const zoneAt = (event: ReactPointerEvent<SVGSVGElement>, bar: TimelineBar): RescheduleMode => {
    if (bar.width < 16) return 'move';
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const edge = Math.min(RESIZE_EDGE, bar.width / 4);
    if (x < bar.x - 2 || x > bar.x + bar.width + 2) return 'move';
    if (!bar.clippedStart && x <= bar.x + edge) return 'start';
    if (!bar.clippedEnd && x >= bar.x + bar.width - edge) return 'end';
    return 'move';
  };

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    // A press that never became a drag (released outside the chart) is simply forgotten.
    if (event.button !== 0 || drag.current?.moved) return;
    const goalId = goalIdOf(event.target);
    const bar = goalId ? barsById.get(goalId) : undefined;
    if (!goalId || !bar) return;
    flushBurst(); // a keyboard change still waiting is saved first
    const element = barElement(bodyRef.current, goalId);
    event.preventDefault(); // no text selection; the focus is set by hand
    element?.focus({ preventScroll: true });
    setActiveId(goalId);
    drag.current = {
      bar,
      mode: zoneAt(event, bar),
      pointerId: event.pointerId,
      startX: event.clientX,
      startScroll: scrollRef.current?.scrollLeft ?? 0,
      moved: false,
      days: 0,
    };
  };

  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) {
      // The cursor says what a press would do (set directly: no render for a cursor).
      const goalId = goalIdOf(event.target);
      const bar = goalId ? barsById.get(goalId) : undefined;
      const resize = !!bar && zoneAt(event, bar) !== 'move';
      // Only on change: writing an attribute on every move would restyle the chart every time.
      const svg = event.currentTarget;
      if (resize && svg.dataset.resize === undefined) svg.dataset.resize = '';
      else if (!resize && svg.dataset.resize !== undefined) delete svg.dataset.resize;
      return;
    }
    if (d.pointerId !== event.pointerId) return;
    const scroller = scrollRef.current;
    // Dragging towards an edge, close to it, scrolls the chart along.
    if (scroller && d.moved) {
      const box = scroller.getBoundingClientRect();
      if (event.movementX < 0 && event.clientX < box.left + 32) scroller.scrollLeft -= 12;
      else if (event.movementX > 0 && event.clientX > box.right - 32) scroller.scrollLeft += 12;
    }
    const dx = event.clientX - d.startX + ((scroller?.scrollLeft ?? 0) - d.startScroll);
    if (!d.moved) {
      if (Math.abs(dx) < DRAG_THRESHOLD) return;
      d.moved = true;
      // Captured only once it is a drag, so a click and a double-click still land on the bar.
      event.currentTarget.setPointerCapture(event.pointerId);
      setDraggingId(d.bar.goalId);
      setHover(null);
    }
    const days = Math.round(dx / layout.pxPerDay);
    if (days === d.days && ghostStore.get()) return;
    d.days = days;
    ghostStore.set({
      bar: d.bar,
      dates: shiftByDays({ startDate: d.bar.startDate, dueDate: d.bar.dueDate }, d.mode, days),
    });
  };

  const endDrag = (event: ReactPointerEvent<SVGSVGElement>, commit: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    if (!d.moved) return;
    const ghost = ghostStore.get();
    ghostStore.set(null);
    setDraggingId(null);
    if (!commit || !ghost || d.days === 0) return;
    const before = { startDate: d.bar.storedStartDate, dueDate: d.bar.dueDate };
    const after = storedAfter(before, ghost.dates, d.mode !== 'end');
    onPreview(d.bar.goalId, after);
    onCommit({
      goalId: d.bar.goalId,
      title: d.bar.title,
      aspirationId: d.bar.aspirationId,
      before,
      after,
    });
  };

  const onPointerOver = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (drag.current?.moved) return;
    const goalId = goalIdOf(event.target);
    if (goalId && goalId !== hover?.goalId) setHover(cardFor(goalId));
    else if (!goalId && hover) setHover(null);
  };

  // --- keyboard --------------------------------------------------------------------------------

  const onKeyDown = (event: ReactKeyboardEvent<SVGSVGElement>) => {
    const goalId = goalIdOf(event.target);
    const bar = goalId ? barsById.get(goalId) : undefined;
    if (!bar) return;
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const direction = event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1;

    if (event.key === 'Escape' && drag.current) {
      const d = drag.current;
      drag.current = null;
      ghostStore.set(null);
      setDraggingId(null);
      if (bodyRef.current?.hasPointerCapture(d.pointerId))
        bodyRef.current.releasePointerCapture(d.pointerId);
      event.preventDefault();
      return;
    }
    if (event.altKey && horizontal && !event.ctrlKey && !event.metaKey) {
      // Alt+←/→ moves the goal; Shift+Alt+←/→ moves its due date.
      event.preventDefault();
      nudgeBar(bar, event.shiftKey ? 'end' : 'move', direction);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      flushBurst();
      onOpen(bar);
      return;
    }
    let target: TimelineBar | undefined;
    if (event.key.startsWith('Arrow')) target = layout.bars[bar.index + direction];
    else if (event.key === 'Home') target = layout.bars[0];
    else if (event.key === 'End') target = layout.bars[layout.bars.length - 1];
    else if (event.key === 'Escape') {
      setHover(null);
      setFocus(null);
      return;
    } else return;
    event.preventDefault();
    if (target) focusBar(target.goalId);
  };

  // --- focus -----------------------------------------------------------------------------------

  const onFocus = (event: ReactFocusEvent<SVGSVGElement>) => {
    const goalId = goalIdOf(event.target);
    if (!goalId) return;
    focusWithin.current = true;
    setActiveId(goalId);
    setFocusedId(goalId);
    if (focus?.goalId !== goalId) setFocus(cardFor(goalId));
  };

  const onBlur = (event: ReactFocusEvent<SVGSVGElement>) => {
    if (goalIdOf(event.relatedTarget)) return;
    focusWithin.current = false;
    setFocus(null);
    setFocusedId(null);
    flushBurst();
  };

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const width = viewSize.current?.width ?? el.clientWidth;
    centreDay.current = layout.range.startDay + (el.scrollLeft + width / 2) / layout.pxPerDay;
    updateArea();
  };

  // --- the card --------------------------------------------------------------------------------

  const card = draggingId ? null : (hover ?? focus);
  const cardBar = card ? barsById.get(card.goalId) : undefined;
  let cardPosition: { left: number; top: number; above: boolean } | null = null;
  if (card && cardBar) {
    const visibleStart = Math.max(cardBar.x, card.viewLeft);
    const left = Math.max(
      card.viewLeft + 8,
      Math.min(visibleStart, card.viewLeft + card.viewWidth - CARD_WIDTH - 16),
    );
    const barTop = metrics.axisHeight + cardBar.y;
    const below = barTop + cardBar.height + 8;
    const above =
      below + CARD_HEIGHT_GUESS > card.viewTop + card.viewHeight &&
      barTop - 8 - CARD_HEIGHT_GUESS > card.viewTop;
    cardPosition = { left: Math.max(0, left), top: above ? barTop - 8 : below, above };
  }

  const describedId = cardBar && cardPosition ? cardBar.goalId : null;

  // The bar whose card is showing is described by it. Set on the element directly, so showing a
  // card on hover re-renders no bar at all.
  useLayoutEffect(() => {
    if (!describedId) return;
    const el = barElement(bodyRef.current, describedId);
    el?.setAttribute('aria-describedby', CARD_ID);
    return () => el?.removeAttribute('aria-describedby');
  }, [describedId, layout]);
  const canvasHeight = metrics.axisHeight + Math.max(layout.height, 1);

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
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={(event) => endDrag(event, true)}
          onPointerCancel={(event) => endDrag(event, false)}
          onPointerOver={onPointerOver}
          onPointerLeave={() => setHover(null)}
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
          <DragGhost store={ghostStore} layout={layout} />
        </svg>
        {cardBar && cardPosition && (
          <GoalCard
            id={CARD_ID}
            bar={cardBar}
            goal={goals.get(cardBar.goalId)}
            left={cardPosition.left}
            top={cardPosition.top}
            above={cardPosition.above}
          />
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
