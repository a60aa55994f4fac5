import type { EntrySummary } from '../../../src-main/contract';
import { monthYear } from '../../../src-main/shared/date-words';

export interface MonthGroup {
  key: string;
  label: string;
  entries: EntrySummary[];
}

/** Entries arrive newest first; consecutive entries of one month form a group. */
export function groupByMonth(entries: EntrySummary[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const key = entry.entryDate.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, label: monthYear(entry.entryDate), entries: [entry] });
  }
  return groups;
}

let shortDateFormat: Intl.DateTimeFormat | undefined;

/** "Thu 26 Nov", read as a calendar date (no time zone can move it). */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // One formatter for every row: toLocaleDateString builds a new one on each call.
  shortDateFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return shortDateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}
