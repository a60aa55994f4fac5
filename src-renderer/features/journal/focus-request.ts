/**
 * A just-created entry takes the keyboard focus once its editor exists. Kept outside React state
 * because the request crosses a route change and the editor's asynchronous creation.
 */
let pending: string | null = null;

export function requestFocus(entryId: string): void {
  pending = entryId;
}

/** True once for the requested entry; the request is then used up. */
export function takeFocusRequest(entryId: string): boolean {
  if (pending !== entryId) return false;
  pending = null;
  return true;
}
