import type { ImportKind } from '../../../src-main/contract';

/** "1 entry", "2,400 entries". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** "5 March 2024", read as a calendar date (no time zone can move it). */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function dateRangeText(range: { from: string; to: string } | null): string {
  if (!range) return '';
  return range.from === range.to
    ? `dated ${longDate(range.from)}`
    : `from ${longDate(range.from)} to ${longDate(range.to)}`;
}

export const KIND_NAMES: Record<ImportKind, string> = {
  markdown: 'Markdown notes',
  dayone: 'Day One',
  joplin: 'Joplin',
};

/** "career, mentoring and 3 more". */
export function tagList(tags: readonly string[], shown = 6): string {
  if (tags.length <= shown) {
    return tags.length <= 1
      ? tags.join('')
      : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
  }
  return `${tags.slice(0, shown).join(', ')} and ${tags.length - shown} more`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** "2 pictures and 1 file", or null when there are none. */
export function filesText(pictures: number, files: number): string | null {
  const parts = [
    ...(pictures > 0 ? [count(pictures, 'picture')] : []),
    ...(files > 0 ? [count(files, 'file')] : []),
  ];
  return parts.length > 0 ? parts.join(' and ') : null;
}
