/**
 * Which bars are drawn: only those in or near the view (see in-view.ts), plus the few the keyboard
 * and a drag need. Also keeps the same dates in view when the scale or the range changes.
 */
import {
  startTransition,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { barsToDraw, drawnAreaFor, sameArea, viewAreaFor, type DrawnArea } from '../in-view';
import type { TimelineBar, TimelineLayout } from '../layout';

interface WindowingOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  layout: TimelineLayout;
  barsById: ReadonlyMap<string, TimelineBar>;
  /** Bars drawn wherever they are: the active one, the focused one, the one being dragged. */
  activeId: string | null;
  focusedBar: TimelineBar | undefined;
  draggingId: string | null;
  onViewportWidth?: (width: number) => void;
}

export function useTimelineWindowing({
  scrollRef,
  layout,
  barsById,
  activeId,
  focusedBar,
  draggingId,
  onViewportWidth,
}: WindowingOptions) {
  const [area, setArea] = useState<DrawnArea | null>(null);
  /** The scroller's inner size, kept by the resize observer (reading it on scroll forces a layout). */
  const viewSize = useRef<{ width: number; height: number } | null>(null);
  const centreDay = useRef<number | null>(null);
  const placed = useRef<{ pxPerDay: number; startDay: number } | null>(null);
  const axisHeight = layout.metrics.axisHeight;

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
      const view = { left: el.scrollLeft, top: el.scrollTop - axisHeight, ...viewSize.current };
      const next = viewOnly ? viewAreaFor(view) : drawnAreaFor(view);
      const update = () => setArea((previous) => (sameArea(previous, next) ? previous : next));
      if (urgent) update();
      else startTransition(update);
    },
    [axisHeight, scrollRef],
  );

  const drawn = useMemo(() => {
    const keep = new Set<string>();
    const add = (bar: TimelineBar | undefined) => bar && keep.add(bar.goalId);
    const active = activeId ? barsById.get(activeId) : undefined;
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
  }, [layout.bars, barsById, area, activeId, focusedBar, draggingId]);

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
  }, [layout.pxPerDay, layout.range.startDay, layout.today, scrollRef]);

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
  }, [onViewportWidth, updateArea, scrollRef]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const width = viewSize.current?.width ?? el.clientWidth;
    centreDay.current = layout.range.startDay + (el.scrollLeft + width / 2) / layout.pxPerDay;
    updateArea();
  };

  return { drawn, onScroll };
}
