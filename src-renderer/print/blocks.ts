import type { ReactNode } from 'react';

/**
 * One unbreakable piece of the printed flow: a heading, a paragraph, one part of a goal card, a
 * table row. Pages break only between blocks (see paginate.ts).
 */
export interface PrintBlock {
  key: string;
  node: ReactNode;
  /** The wrapper's class: the block's role and its spacing (spacing lives inside the block, so a
   * measured height is all the room it takes). */
  className?: string;
  /** Never the last thing on a page: headings. */
  keepWithNext?: boolean;
  /** Blocks of one group (a goal card, a table) stay on one page when they fit on one. */
  group?: string;
  /** Take the measured height of another block: lines whose text is settled only after fitting,
   * such as "and 12 more goals". */
  measureAs?: string;
}
