/**
 * The drag ghost: its own tiny store, so moving the pointer re-renders nothing but the ghost.
 */
import { useSyncExternalStore } from 'react';
import { toDayNumber } from '../../../../src-main/shared/calendar';
import { dateInWords } from '../../../../src-main/shared/date-words';
import type { BarDates, TimelineBar, TimelineLayout } from '../layout';

export interface Ghost {
  bar: TimelineBar;
  dates: BarDates;
}

export function createGhostStore() {
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
export type GhostStore = ReturnType<typeof createGhostStore>;

export function DragGhost({ store, layout }: { store: GhostStore; layout: TimelineLayout }) {
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
