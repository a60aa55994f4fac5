import { useSyncExternalStore } from 'react';

/** The screen and its parameter, read from `#/screen/param`. */
export interface Route {
  screen: string;
  param: string | null;
}

export function parseRoute(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/');
  return {
    screen: screen || 'today',
    param: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null,
  };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Goes to a screen; `replace` swaps the current history entry (so Back skips e.g. `#/journal/new`). */
export function navigate(
  screen: string,
  param?: string | null,
  options: { replace?: boolean } = {},
): void {
  const next = hrefFor(screen, param);
  if (window.location.hash === next) return;
  if (options.replace) window.location.replace(next);
  else window.location.hash = next;
}

export function hrefFor(screen: string, param?: string | null): string {
  return `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
}
