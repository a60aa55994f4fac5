/**
 * Dragging a bar: a press on its ends resizes it, elsewhere moves it. A drag moves a ghost rather
 * than the chart, and the plan is changed once, on drop.
 */
import { useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { shiftByDays, type RescheduleMode, type TimelineBar } from '../layout';
import type { StoredDates } from '../queries';
import { createGhostStore } from './DragGhost';
import { goalIdOf, storedAfter, type RescheduleRequest } from './targets';

/** Pointer travel before a press becomes a drag (so a click stays a click). */
const DRAG_THRESHOLD = 4;
/** How far in from each end of a bar a press resizes rather than moves it. */
const RESIZE_EDGE = 8;

interface DragState {
  bar: TimelineBar;
  mode: RescheduleMode;
  pointerId: number;
  startX: number;
  startScroll: number;
  moved: boolean;
  days: number;
}

type SvgPointerEvent = ReactPointerEvent<SVGSVGElement>;

interface DragOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  bodyRef: RefObject<SVGSVGElement | null>;
  barsById: ReadonlyMap<string, TimelineBar>;
  pxPerDay: number;
  /** A press on a bar: whatever the keyboard left unsaved is saved first, the bar becomes active. */
  onPress: (goalId: string) => void;
  /** The bar being dragged, once a press becomes a drag; null when it ends. */
  onDragging: (goalId: string | null) => void;
  onPreview: (goalId: string, dates: StoredDates) => void;
  onCommit: (request: RescheduleRequest) => void;
}

/** Which part of a bar the pointer is over: its ends resize, the rest moves. */
function zoneAt(event: SvgPointerEvent, bar: TimelineBar): RescheduleMode {
  if (bar.width < 16) return 'move';
  const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
  const edge = Math.min(RESIZE_EDGE, bar.width / 4);
  if (x < bar.x - 2 || x > bar.x + bar.width + 2) return 'move';
  if (!bar.clippedStart && x <= bar.x + edge) return 'start';
  if (!bar.clippedEnd && x >= bar.x + bar.width - edge) return 'end';
  return 'move';
}

export function useBarDrag(options: DragOptions) {
  const { scrollRef, bodyRef, barsById, pxPerDay } = options;
  const [ghostStore] = useState(createGhostStore);
  const drag = useRef<DragState | null>(null);

  const onPointerDown = (event: SvgPointerEvent) => {
    // A press that never became a drag (released outside the chart) is simply forgotten.
    if (event.button !== 0 || drag.current?.moved) return;
    const goalId = goalIdOf(event.target);
    const bar = goalId ? barsById.get(goalId) : undefined;
    if (!goalId || !bar) return;
    event.preventDefault(); // no text selection; the focus is set by hand
    options.onPress(goalId);
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

  const onPointerMove = (event: SvgPointerEvent) => {
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
      options.onDragging(d.bar.goalId);
    }
    const days = Math.round(dx / pxPerDay);
    if (days === d.days && ghostStore.get()) return;
    d.days = days;
    ghostStore.set({
      bar: d.bar,
      dates: shiftByDays({ startDate: d.bar.startDate, dueDate: d.bar.dueDate }, d.mode, days),
    });
  };

  const endDrag = (event: SvgPointerEvent, commit: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    if (!d.moved) return;
    const ghost = ghostStore.get();
    ghostStore.set(null);
    options.onDragging(null);
    if (!commit || !ghost || d.days === 0) return;
    const before = { startDate: d.bar.storedStartDate, dueDate: d.bar.dueDate };
    const after = storedAfter(before, ghost.dates, d.mode !== 'end');
    options.onPreview(d.bar.goalId, after);
    options.onCommit({
      goalId: d.bar.goalId,
      title: d.bar.title,
      aspirationId: d.bar.aspirationId,
      before,
      after,
    });
  };

  /** Escape during a press or drag: the bar stays where it was. False when there was none. */
  const cancel = (): boolean => {
    const d = drag.current;
    if (!d) return false;
    drag.current = null;
    ghostStore.set(null);
    options.onDragging(null);
    if (bodyRef.current?.hasPointerCapture(d.pointerId))
      bodyRef.current.releasePointerCapture(d.pointerId);
    return true;
  };

  return {
    ghostStore,
    /** True once a press has become a drag (hovering then shows no card). */
    isDragging: () => !!drag.current?.moved,
    cancel,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (event: SvgPointerEvent) => endDrag(event, true),
      onPointerCancel: (event: SvgPointerEvent) => endDrag(event, false),
    },
  };
}
