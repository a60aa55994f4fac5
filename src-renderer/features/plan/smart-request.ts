/**
 * A goal just added opens with its SMART form in view and the first coached question focused
 * (below the steps, it would start off-screen). Kept outside React state: the request crosses the
 * route change from the aspiration to the new goal.
 */
let pending: string | null = null;

export function requestSmartForm(goalId: string): void {
  pending = goalId;
}

/** True once for the requested goal; the request is then used up. */
export function takeSmartFormRequest(goalId: string): boolean {
  if (pending !== goalId) return false;
  pending = null;
  return true;
}
