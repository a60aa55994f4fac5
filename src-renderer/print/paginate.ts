/**
 * Splits a flow of measured blocks into pages. Pure: the print view measures each block once, in
 * the page's own width and fonts, and this decides the page breaks, so the preview, the browser's
 * print and the desktop PDF break at exactly the same places.
 *
 * - Blocks sharing a `group` (a goal card's parts, a table) stay on one page when they fit on one,
 *   unless moving them whole would leave more than a quarter of the page blank: then they start
 *   where they are and continue on the next page (a third of page 1 left empty before the first
 *   goal reads as a mistake).
 * - A block with `keepWithNext` (a heading) never ends a page: it moves with what follows.
 * - Something is split only between its blocks, never inside one.
 */
export interface FlowItem {
  height: number;
  keepWithNext?: boolean;
  group?: string;
}

export interface Pagination {
  /** Each page's item indexes, in order. */
  pages: number[][];
  /** Items taller than a page on their own (they are cut at the page's foot). */
  tooTall: number[];
}

/** Height lost to rounding between screen measurement and print layout. */
const SLACK = 1;

/** The most of a page left blank to keep a group together; more, and the group is split. */
const MOST_BLANK = 1 / 4;

/** The height blocks may fill on a page of this height (what paginate itself allows). */
export function usableRoom(pageHeight: number): number {
  return pageHeight - SLACK;
}

function chunksOf(items: readonly FlowItem[]): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  items.forEach((item, index) => {
    current.push(index);
    const next = items[index + 1];
    const joined =
      next !== undefined &&
      (item.keepWithNext || (item.group !== undefined && item.group === next.group));
    if (!joined) {
      chunks.push(current);
      current = [];
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function paginate(items: readonly FlowItem[], pageHeight: number): Pagination {
  const room = usableRoom(pageHeight);
  const pages: number[][] = [[]];
  const tooTall: number[] = [];
  let used = 0;
  const page = () => pages[pages.length - 1] as number[];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (index: number) => {
    const height = (items[index] as FlowItem).height;
    if (height > room) tooTall.push(index);
    page().push(index);
    used += height;
  };
  const heightOf = (indexes: readonly number[]) =>
    indexes.reduce((sum, index) => sum + (items[index] as FlowItem).height, 0);

  /** A block with the headings it leads into and the first block after them: what must share a page. */
  const needFrom = (chunk: readonly number[], position: number) => {
    let need = 0;
    for (let at = position; at < chunk.length; at++) {
      const item = items[chunk[at] as number] as FlowItem;
      need += item.height;
      if (!item.keepWithNext) break;
    }
    return need;
  };

  for (const chunk of chunksOf(items)) {
    const height = heightOf(chunk);
    if (used + height <= room) {
      chunk.forEach(place);
      continue;
    }
    const blank = page().length > 0 ? room - used : 0;
    if (height <= room && (blank <= room * MOST_BLANK || chunk.length === 1)) {
      if (page().length > 0) newPage();
      chunk.forEach(place);
      continue;
    }
    // Taller than a page, or too much left blank: break between its blocks, never leaving a heading
    // at a page's foot.
    chunk.forEach((index, position) => {
      const item = items[index] as FlowItem;
      const next = chunk[position + 1];
      const chain = needFrom(chunk, position);
      // A run of headings taller than a page can only keep each heading with the block after it.
      const need =
        chain <= room
          ? chain
          : item.height +
            (item.keepWithNext && next !== undefined ? (items[next] as FlowItem).height : 0);
      if (used + need > room && page().length > 0) newPage();
      place(index);
    });
  }
  if (pages.length > 1 && page().length === 0) pages.pop();
  return { pages, tooTall };
}
