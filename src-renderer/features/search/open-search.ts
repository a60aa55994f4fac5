/** Anything (the sidebar, the keyboard shortcut, the desktop menu) can ask for the search overlay. */
const listeners = new Set<() => void>();

export function openSearch(): void {
  for (const listener of listeners) listener();
}

export function onOpenSearch(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
