import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../../src-main/contract';
import { hrefFor } from '../../ui/use-route';
import { EntryDateAndWords } from './EntryDateAndWords';
import {
  layoutRows,
  scrollToReveal,
  sectionsOf,
  visibleRange,
  type ListRow,
  type RowHeights,
} from './list-window';

interface Props {
  entries: EntrySummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** What to say when there is nothing to list (a filter may be the reason). */
  emptyMessage?: string;
}

/** A first guess, replaced by the heights measured from the first rows drawn. */
const ESTIMATED_HEIGHTS: RowHeights = { month: 38, entry: 58 };
/** Rows drawn beyond each edge of the viewport, so fast scrolling shows no blank space. */
const OVERSCAN_PX = 600;

const KEY_STEPS: Record<string, (index: number, last: number, page: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, _last, page) => index + page,
  PageUp: (index, _last, page) => index - page,
  Home: () => 0,
  End: (_index, last) => last,
};

function EntryRow({
  row,
  selected,
  onOpen,
}: {
  row: Extract<ListRow, { kind: 'entry' }>;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  const { entry } = row;
  return (
    <li className="entry-list-item" aria-posinset={row.position} aria-setsize={row.setSize}>
      <a
        className="entry-row"
        href={hrefFor('journal', entry.id)}
        data-entry-index={row.entryIndex}
        aria-current={selected ? 'true' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onOpen(entry.id);
        }}
      >
        <span className="entry-row-title">{entry.title || 'Untitled'}</span>
        <span className="entry-row-meta">
          <EntryDateAndWords entry={entry} />
        </span>
      </a>
    </li>
  );
}

/**
 * Newest first, grouped by month; each row is a link so the keyboard and the address bar both work.
 * Only the rows in and near the viewport are in the page, so ten years of entries open as fast as
 * ten: each month stays a labelled region, each row says its place in its month, and the arrow
 * keys, Page Up/Down, Home and End move through every entry, drawing rows as they are reached.
 */
export function EntryList({ entries, selectedId, onOpen, emptyMessage }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [heights, setHeights] = useState(ESTIMATED_HEIGHTS);
  const layout = useMemo(() => layoutRows(entries, heights), [entries, heights]);
  const [range, setRange] = useState({ start: 0, end: 0 });
  const pendingFocus = useRef<number | null>(null);

  const updateRange = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const next = visibleRange(layout, element.scrollTop, element.clientHeight, OVERSCAN_PX);
    setRange((current) =>
      current.start === next.start && current.end === next.end ? current : next,
    );
  }, [layout]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    updateRange();
    element.addEventListener('scroll', updateRange, { passive: true });
    const observer = new ResizeObserver(updateRange);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', updateRange);
      observer.disconnect();
    };
  }, [updateRange]);

  // Measure the drawn rows (fonts and the reader's text size decide their height), then move any
  // focus the keyboard asked for onto its row once that row is drawn.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const month = element.querySelector('.entry-month')?.getBoundingClientRect().height;
    const entry = element.querySelector('.entry-list-item')?.getBoundingClientRect().height;
    const measured = { month: month || heights.month, entry: entry || heights.entry };
    if (
      Math.abs(measured.month - heights.month) > 0.01 ||
      Math.abs(measured.entry - heights.entry) > 0.01
    ) {
      setHeights(measured);
    }
    if (pendingFocus.current !== null) {
      const link = element.querySelector<HTMLElement>(
        `[data-entry-index="${pendingFocus.current}"]`,
      );
      if (link) {
        pendingFocus.current = null;
        link.focus();
      }
    }
  }, [range, heights, layout]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = scroller.current;
    const step = KEY_STEPS[event.key];
    const from = (event.target as HTMLElement).dataset.entryIndex;
    if (!element || !step || from === undefined || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    const last = layout.entryRows.length - 1;
    const page = Math.max(1, Math.floor(element.clientHeight / heights.entry) - 1);
    const target = Math.min(last, Math.max(0, step(Number(from), last, page)));
    const top = scrollToReveal(
      layout,
      layout.entryRows[target] as number,
      element.scrollTop,
      element.clientHeight,
    );
    if (top !== null) element.scrollTop = top;
    const drawn = element.querySelector<HTMLElement>(`[data-entry-index="${target}"]`);
    if (drawn) drawn.focus();
    else pendingFocus.current = target;
    updateRange();
  };

  if (entries.length === 0) {
    return (
      <p className="empty-hint">
        {emptyMessage ?? 'No entries yet. Press New entry to write your first reflection.'}
      </p>
    );
  }
  const visible = layout.rows.slice(range.start, range.end);
  return (
    <div ref={scroller} className="entry-list" onKeyDown={onKeyDown}>
      <div className="entry-list-space" style={{ height: layout.tops[layout.rows.length] }}>
        <div style={{ transform: `translateY(${layout.tops[range.start]}px)` }}>
          {sectionsOf(visible).map((section) => {
            const items = section.rows.filter((row) => row.kind === 'entry');
            return (
              <section key={section.monthKey} aria-label={section.label}>
                {section.rows[0]?.kind === 'month' && (
                  <h2 className="entry-month">{section.label}</h2>
                )}
                {items.length > 0 && (
                  <ul>
                    {items.map((row) => (
                      <EntryRow
                        key={row.key}
                        row={row}
                        selected={row.entry.id === selectedId}
                        onOpen={onOpen}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
