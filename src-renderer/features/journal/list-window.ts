import type { EntrySummary } from '../../../src-main/contract';
import { groupByMonth } from './group-by-month';

/** One line of the entry list: a month heading or an entry, in display order. */
export type ListRow =
  | { kind: 'month'; key: string; monthKey: string; label: string }
  | {
      kind: 'entry';
      key: string;
      monthKey: string;
      label: string;
      entry: EntrySummary;
      /** Position within its month, from 1, and the month's size: what a screen reader announces. */
      position: number;
      setSize: number;
      /** Index among entries only (months skipped), for keyboard movement. */
      entryIndex: number;
    };

export interface RowHeights {
  month: number;
  entry: number;
}

export interface ListLayout {
  rows: ListRow[];
  /** Top of each row in px; one more item than rows: the total height. */
  tops: Float64Array;
  /** Row index of each entry, by entry index. */
  entryRows: number[];
}

export function layoutRows(entries: EntrySummary[], heights: RowHeights): ListLayout {
  const rows: ListRow[] = [];
  const entryRows: number[] = [];
  for (const group of groupByMonth(entries)) {
    rows.push({ kind: 'month', key: `m-${group.key}`, monthKey: group.key, label: group.label });
    group.entries.forEach((entry, index) => {
      entryRows.push(rows.length);
      rows.push({
        kind: 'entry',
        key: entry.id,
        monthKey: group.key,
        label: group.label,
        entry,
        position: index + 1,
        setSize: group.entries.length,
        entryIndex: entryRows.length - 1,
      });
    });
  }
  const tops = new Float64Array(rows.length + 1);
  rows.forEach((row, index) => {
    tops[index + 1] = (tops[index] as number) + heights[row.kind];
  });
  return { rows, tops, entryRows };
}

/** The first index whose value is above `offset` in an ascending array (binary search). */
function firstAbove(values: Float64Array, from: number, to: number, offset: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rows to render for a viewport: those on screen plus `overscan` px either side, as a
 * half-open range [start, end).
 */
export function visibleRange(
  layout: ListLayout,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): { start: number; end: number } {
  const count = layout.rows.length;
  if (count === 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop - overscan);
  const bottom = scrollTop + viewportHeight + overscan;
  // The first row whose bottom edge is below the top; the rows that start above the bottom.
  const start = Math.min(count - 1, firstAbove(layout.tops, 1, count + 1, top) - 1);
  const end = Math.max(start + 1, firstAbove(layout.tops, 0, count, bottom - 1e-6));
  return { start, end: Math.min(count, end) };
}

/** The scroll position that brings a row fully into view, or null when it already is. */
export function scrollToReveal(
  layout: ListLayout,
  rowIndex: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const top = layout.tops[rowIndex] as number;
  const bottom = layout.tops[rowIndex + 1] as number;
  // A row that opens a month brings its heading along.
  const previous = layout.rows[rowIndex - 1];
  const revealTop = previous?.kind === 'month' ? (layout.tops[rowIndex - 1] as number) : top;
  if (revealTop < scrollTop) return revealTop;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}

/** Consecutive rows of one month, so each month stays one labelled region with its own list. */
export function sectionsOf(
  rows: ListRow[],
): { monthKey: string; label: string; rows: ListRow[] }[] {
  const sections: { monthKey: string; label: string; rows: ListRow[] }[] = [];
  for (const row of rows) {
    const last = sections[sections.length - 1];
    if (last?.monthKey === row.monthKey) last.rows.push(row);
    else sections.push({ monthKey: row.monthKey, label: row.label, rows: [row] });
  }
  return sections;
}
