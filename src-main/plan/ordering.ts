import { ApiError } from '../contract/errors';

interface Sibling {
  id: string;
  position: number;
}

/**
 * Puts `orderedIds` in the given order in the places they already occupy among their live siblings,
 * leaving every other sibling where it is. So a filtered list (only the active aspirations) can be
 * reordered without moving the hidden ones. Then numbers all siblings 0, 1, 2… and writes the
 * positions that changed. `siblings` must be in their current order.
 */
export function reorderSiblings(
  siblings: readonly Sibling[],
  orderedIds: readonly string[],
  what: string,
  write: (id: string, position: number) => void,
): void {
  const known = new Set(siblings.map((s) => s.id));
  const strangers = orderedIds.filter((id) => !known.has(id));
  if (strangers.length > 0) {
    throw new ApiError('invalid_input', `Some of those ${what} are not in this list any more.`, [
      { path: 'orderedIds', message: `Not found here: ${strangers.join(', ')}.` },
    ]);
  }
  const moving = new Set(orderedIds);
  const queue = [...orderedIds];
  const result = siblings.map((sibling) =>
    moving.has(sibling.id) ? (queue.shift() as string) : sibling.id,
  );
  const before = new Map(siblings.map((s) => [s.id, s.position]));
  result.forEach((id, position) => {
    if (before.get(id) !== position) write(id, position);
  });
}
