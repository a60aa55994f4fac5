import type { PrintBlock } from '../blocks';

/** The heading that opens a part of the full plan (Timeline, Values check, …), kept with what follows. */
export function partHeading(id: string, title: string): PrintBlock {
  return {
    key: `${id}-heading`,
    className: 'part-heading',
    keepWithNext: true,
    node: <h2>{title}</h2>,
  };
}
