import type { SyncTarget } from '../../../src-main/contract/sync';

export function describeTarget(target: SyncTarget): string {
  return target.kind === 'folder'
    ? `the folder ${target.path}`
    : `the WebDAV server ${target.url} as ${target.user}`;
}

/** "just now", "5 minutes ago", or the date and time. */
export function whenWords(iso: string, now: Date = new Date()): string {
  const minutes = Math.round((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'Just now';
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
  return new Date(iso).toLocaleString();
}
