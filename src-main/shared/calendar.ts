/**
 * Calendar dates (`YYYY-MM-DD`) as plain day numbers, so arithmetic never passes through a time zone
 * or a daylight-saving change. Shared by the main process and the renderer.
 */
const MS_PER_DAY = 86_400_000;

/**
 * The years a date may have, the same rule wherever a date is read (the API, note imports, the
 * archive import). A career journal has no use for dates before the year 1000, and accepting them
 * invites silent errors: Date.UTC reads the year 0025 as 1925. Four digits also keep dates sortable
 * as text.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1-12) of year `y`, by the calendar's rule rather than through Date. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** What is wrong with a `YYYY-MM-DD` date, if anything: its form, its year, or its day. */
export function calendarDateProblem(value: string): 'form' | 'year' | 'day' | null {
  if (!DATE_FORM.test(value)) return 'form';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < FIRST_YEAR || y > LAST_YEAR) return 'year';
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return 'day';
  return null;
}

/** Days since 1970-01-01 for a calendar date. */
export function toDayNumber(date: string): number {
  // The timeline and the plan work out thousands of these at a time: a well-formed date is counted
  // directly from the civil calendar, never through Date.UTC (which reads the year 0025 as 1925).
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const d = Number(date.slice(8, 10));
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return civilDays(y, m, d);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Days since 1970-01-01 of year `y`, month `m` (1-12), day `d` in the proleptic Gregorian calendar. */
function civilDays(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date on the person's own calendar at `instant` (their local time zone). */
export function localDate(instant: Date = new Date()): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
