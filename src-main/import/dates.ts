/**
 * Dates read from notes: front matter values, file names and instants from exports, always turned
 * into a calendar date (`YYYY-MM-DD`) the way the person saw it when they wrote.
 */
import { calendarDateProblem, localDate } from '../shared/calendar';

export interface SourceDate {
  /** The calendar date of the note. */
  date: string;
  /** The exact moment, when the value carried a time and a zone (an ISO instant). */
  instant: string | null;
}

/** The same rule as the API's dates: a day that exists, in the years 1000-9999. */
function validDate(y: number, m: number, d: number): string | null {
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return calendarDateProblem(date) === null ? date : null;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A date or date-time as notes write it: `2024-03-05`, `2024-03-05 09:30`, `2024-03-05T09:30:00Z`,
 * `2024-03-05 09:30:00+02:00`. A value with a zone is an instant and lands on the local calendar
 * (the zone Waymark runs in); without a zone, the date is taken as written.
 */
export function parseDateValue(value: unknown): SourceDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { date: localDate(value), instant: value.toISOString() };
  }
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, hh, mm, ss, fraction, zone] = match;
  const date = validDate(Number(y), Number(m), Number(d));
  if (!date) return null;
  if (hh === undefined || zone === undefined) return { date, instant: null };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  const offset =
    zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.length === 3
        ? `${zone}:00`
        : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const instant = new Date(`${date}T${hh}:${mm}:${ss ?? '00'}${fraction ?? ''}${offset}`);
  if (Number.isNaN(instant.getTime())) return null;
  return { date: localDate(instant), instant: instant.toISOString() };
}

const NAME_DATE = /^(\d{4})[-_.](\d{2})[-_.](\d{2})(?![\d])|^(\d{4})(\d{2})(\d{2})(?![\d])/;

/**
 * The date a file name starts with (`2024-03-05 Offsite.md`, `2024_03_05.md`, `20240305-notes.md`)
 * and the rest of the name, tidied, which can serve as a title.
 */
export function dateFromFileName(name: string): { date: string; rest: string } | null {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const match = NAME_DATE.exec(base);
  if (!match) return null;
  const [y, m, d] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
  const date = validDate(Number(y), Number(m), Number(d));
  if (!date) return null;
  const rest = base
    .slice(match[0].length)
    .replace(/^[\s\-_.,:–—]+/, '')
    .trim();
  return { date, rest };
}

/** The calendar date of `instant` in the IANA zone `timeZone`, or on the local calendar if unknown. */
export function dateInZone(instant: Date, timeZone: string | null | undefined): string {
  if (timeZone) {
    try {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      const date = `${part('year')}-${part('month')}-${part('day')}`;
      if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
    } catch {
      // An unknown zone name: fall back to the local calendar below.
    }
  }
  return localDate(instant);
}

/** Parses an ISO instant (`2024-03-05T08:30:00Z`); null when it is not one. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  // The same date rule as everywhere: year 0025 is refused, never read as 1925.
  if (calendarDateProblem(value.slice(0, 10)) !== null) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
