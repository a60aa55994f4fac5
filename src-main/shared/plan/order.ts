/**
 * The order the person gave, then the order of writing: as the plan's `ORDER BY position,
 * created_at`, for the main process's tree and the window's cached plan alike.
 */
export function byPosition<T extends { position: number; createdAt: string }>(a: T, b: T): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
