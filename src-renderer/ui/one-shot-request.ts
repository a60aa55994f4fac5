/**
 * A request for something to happen once an item appears (an editor that is still being created,
 * a form on the other side of a route change). Kept outside React state because it crosses both.
 */
export function oneShotRequest() {
  let pending: string | null = null;
  return {
    request(id: string): void {
      pending = id;
    },
    /** True once for the requested item; the request is then used up. */
    take(id: string): boolean {
      if (pending !== id) return false;
      pending = null;
      return true;
    },
  };
}
