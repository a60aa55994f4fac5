const SHORT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 Mar 2027" in the person's language, read as a calendar date (no zone can move it). */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return SHORT.format(new Date(Date.UTC(y, m - 1, d)));
}

const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a version was saved, on the person's own clock. */
export function moment(instant: string): string {
  return MOMENT.format(new Date(instant));
}

/** "Wed 26 Nov 2026, 14:05" in the person's own time zone and language: a moment with its day. */
export function dayAndTime(instant: string, locale?: string): string {
  return new Date(instant).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
