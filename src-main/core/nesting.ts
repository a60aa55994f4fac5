/**
 * How deeply a value is nested, measured without recursion so a hostile payload cannot overflow the
 * stack. Stops counting once past `max`.
 */
export function nestingDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    // File bytes hold numbers, not nesting: listing a 4 MB part's values would take seconds.
    if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer) continue;
    if (deepest > max) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}
