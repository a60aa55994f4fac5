import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type FlowItem } from '../../src-renderer/print/paginate';
import { fitSummary } from '../../src-renderer/print/layouts/summary-fit';

const items = (...heights: number[]): FlowItem[] => heights.map((height) => ({ height }));
/** `count` headings of 10, each kept with what follows. */
const headings = (count: number): FlowItem[] =>
  Array.from({ length: count }, () => ({ height: 10, keepWithNext: true }));
/** One card's parts, kept together where they can be. */
const card = (...heights: number[]): FlowItem[] =>
  heights.map((height) => ({ height, group: 'card' }));

describe('page breaks', () => {
  it('fills a page, then starts the next', () => {
    expect(paginate(items(40, 40, 40), 101).pages).toEqual([[0, 1], [2]]);
  });

  it('never leaves a heading at the foot of a page', () => {
    const flow: FlowItem[] = [{ height: 70 }, { height: 10, keepWithNext: true }, { height: 30 }];
    expect(paginate(flow, 101).pages).toEqual([[0], [1, 2]]);
  });

  it('keeps a group on one page when it fits on one and little is left blank', () => {
    const flow = [...items(80), ...card(20, 20, 20)];
    expect(paginate(flow, 101).pages).toEqual([[0], [1, 2, 3]]);
  });

  it('starts a group where it is when moving it would leave more than a quarter of the page blank', () => {
    const flow = [...items(30), ...headings(2), ...card(20, 20, 20, 20)];
    expect(paginate(flow, 101).pages).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('still moves headings with the first block they lead into when that block does not fit', () => {
    const flow = [...items(60), ...headings(2), ...card(30, 30)];
    expect(paginate(flow, 101).pages).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('breaks a group taller than a page between its parts, heading kept with the next part', () => {
    const flow: FlowItem[] = [
      { height: 30, group: 'card' },
      { height: 40, group: 'card' },
      { height: 20, group: 'card', keepWithNext: true },
      { height: 20, group: 'card' },
      { height: 40, group: 'card' },
    ];
    expect(paginate(flow, 101).pages).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('reports a block taller than a page instead of losing it', () => {
    const result = paginate(items(30, 150, 30), 101);
    expect(result.pages).toEqual([[0], [1], [2]]);
    expect(result.tooTall).toEqual([1]);
  });

  it('places every block exactly once, in order, and overfills no page', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            height: fc.integer({ min: 1, max: 60 }),
            keepWithNext: fc.boolean(),
            group: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
          }),
          { maxLength: 60 },
        ),
        (flow) => {
          const { pages, tooTall } = paginate(flow, 101);
          expect(pages.flat()).toEqual(flow.map((_, index) => index));
          expect(tooTall).toEqual([]);
          for (const page of pages) {
            const used = page.reduce((sum, index) => sum + (flow[index] as FlowItem).height, 0);
            expect(page.length === 1 || used <= 100).toBe(true);
          }
        },
      ),
    );
  });
});

describe('fitting the one-page summary', () => {
  const rows = (count: number, height = 10) => Array.from({ length: count }, () => height);

  it('keeps everything when everything fits', () => {
    expect(fitSummary({ room: 200, fixed: 50, more: 8, ahead: rows(5), reached: rows(3) })).toEqual(
      { ahead: 5, reached: 3 },
    );
  });

  it('keeps a few reached goals, fills the rest with goals ahead, and leaves room for "and N more"', () => {
    const fit = fitSummary({ room: 200, fixed: 50, more: 8, ahead: rows(30), reached: rows(10) });
    expect(fit.reached).toBe(3);
    // 50 fixed + 3 reached + two "more" lines (16) leaves 104: ten rows of ten.
    expect(fit.ahead).toBe(10);
  });

  it('gives spare room back to reached goals when the goals ahead are few', () => {
    const fit = fitSummary({ room: 200, fixed: 50, more: 8, ahead: rows(4), reached: rows(30) });
    expect(fit).toEqual({ ahead: 4, reached: 10 });
  });

  it('never overflows, whatever the heights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.integer({ min: 5, max: 40 }), { maxLength: 80 }),
        fc.array(fc.integer({ min: 5, max: 40 }), { maxLength: 80 }),
        (fixed, ahead, reached) => {
          const room = 400;
          const more = 9;
          const fit = fitSummary({ room, fixed, more, ahead, reached });
          const sum = (list: number[], n: number) => list.slice(0, n).reduce((a, b) => a + b, 0);
          const used =
            fixed +
            sum(ahead, fit.ahead) +
            (fit.ahead < ahead.length ? more : 0) +
            sum(reached, fit.reached) +
            (fit.reached < reached.length ? more : 0);
          expect(used <= room || (fit.ahead === 0 && fit.reached === 0)).toBe(true);
        },
      ),
    );
  });
});
