import { daysBetween } from './calendar';

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "3 March 2027": a calendar date in words, the same on every machine (no locale, no time zone).
 * Used in warnings and history, which are worked out in the main process and read in the window.
 */
export function dateInWords(date: string): string {
  // The plan tree writes a few thousand of these; slicing the fixed positions of a YYYY-MM-DD
  // date is much cheaper than splitting it, and anything else still goes through the split.
  const [y, m, d] =
    date.length === 10 && date[4] === '-' && date[7] === '-'
      ? [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
      : (date.split('-').map(Number) as [number, number, number]);
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "June 2027": the month a date falls in. */
export function monthYear(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "3 days", "1 day". */
export function daysInWords(days: number): string {
  const n = Math.abs(days);
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "in 3 days", "today", "2 days ago": how far `date` is from `today`. */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${daysInWords(days)}` : `${daysInWords(days)} ago`;
}

/** Short English month names, January first (the timeline's axis and the print view's dates). */
export const MONTH_SHORT: readonly string[] = MONTHS.map((month) => month.slice(0, 3));
