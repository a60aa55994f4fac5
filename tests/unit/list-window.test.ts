import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../src-main/contract';
import {
  layoutRows,
  scrollToReveal,
  sectionsOf,
  visibleRange,
} from '../../src-renderer/features/journal/list-window';

const HEIGHTS = { month: 40, entry: 60 };

function entry(id: string, entryDate: string): EntrySummary {
  return { id, entryDate, title: id, wordCount: 1, updatedAt: '', deletedAt: null };
}

/** Newest first: three in March 2024, two in February, one in January. */
const ENTRIES = [
  entry('m3', '2024-03-20'),
  entry('m2', '2024-03-10'),
  entry('m1', '2024-03-01'),
  entry('f2', '2024-02-12'),
  entry('f1', '2024-02-02'),
  entry('j1', '2024-01-05'),
];

describe('the windowed entry list', () => {
  it('lays out a heading per month and each entry with its place in that month', () => {
    const layout = layoutRows(ENTRIES, HEIGHTS);
    expect(layout.rows.map((row) => row.key)).toEqual([
      'm-2024-03',
      'm3',
      'm2',
      'm1',
      'm-2024-02',
      'f2',
      'f1',
      'm-2024-01',
      'j1',
    ]);
    const f1 = layout.rows[6];
    expect(f1).toMatchObject({ kind: 'entry', position: 2, setSize: 2, entryIndex: 4 });
    expect(Array.from(layout.tops)).toEqual([0, 40, 100, 160, 220, 260, 320, 380, 420, 480]);
    expect(layout.entryRows).toEqual([1, 2, 3, 5, 6, 8]);
  });

  it('draws only the rows in view plus the overscan', () => {
    const layout = layoutRows(ENTRIES, HEIGHTS);
    expect(visibleRange(layout, 0, 100, 0)).toEqual({ start: 0, end: 2 });
    // 150 to 250 px: the end of m2, m1 and the February heading.
    expect(visibleRange(layout, 150, 100, 0)).toEqual({ start: 2, end: 5 });
    expect(visibleRange(layout, 150, 100, 1000)).toEqual({ start: 0, end: 9 });
    expect(visibleRange(layout, 10_000, 100, 0)).toEqual({ start: 8, end: 9 });
    expect(visibleRange(layoutRows([], HEIGHTS), 0, 100, 0)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls just enough to reveal a row, bringing along its month heading', () => {
    const layout = layoutRows(ENTRIES, HEIGHTS);
    expect(scrollToReveal(layout, 2, 0, 200)).toBeNull();
    // The last entry (row 8, 420–480 px) from the top: scroll so its bottom is the viewport's.
    expect(scrollToReveal(layout, 8, 0, 200)).toBe(280);
    // Back up to f2, which opens February: its heading (220 px) comes into view too.
    expect(scrollToReveal(layout, 5, 300, 200)).toBe(220);
  });

  it('keeps each month one section when the window starts inside it', () => {
    const layout = layoutRows(ENTRIES, HEIGHTS);
    const sections = sectionsOf(layout.rows.slice(2, 7));
    expect(sections.map((section) => [section.label, section.rows.length])).toEqual([
      ['March 2024', 2],
      ['February 2024', 3],
    ]);
  });

  it('handles ten years of entries quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(Date.UTC(2025, 9, 31) - index * 8.64e7 * 0.365);
      return entry(`e${index}`, day.toISOString().slice(0, 10));
    });
    const started = performance.now();
    const layout = layoutRows(many, HEIGHTS);
    const range = visibleRange(layout, 300_000, 800, 600);
    expect(performance.now() - started).toBeLessThan(500);
    expect(range.end - range.start).toBeLessThan(60);
  });
});
