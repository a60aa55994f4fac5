import { useSyncExternalStore } from 'react';

/** The screen and its parameter, read from `#/screen/param`. */
export interface Route {
  screen: string;
  param: string | null;
}

export function parseRoute(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/');
  return {
    screen: screen || 'journal',
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

export function navigate(screen: string, param?: string | null): void {
  const next = `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
  if (window.location.hash !== next) window.location.hash = next;
}

export function hrefFor(screen: string, param?: string | null): string {
  return `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
}
