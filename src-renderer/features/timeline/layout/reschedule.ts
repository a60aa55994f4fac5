import { addDays, addMonths } from '../../../../src-main/shared/calendar';
import type { TimelineZoom } from './types';

// Rescheduling (drag and keyboard): pure date arithmetic on the drawn dates.

/** Move the whole goal, or one of its ends. */
export type RescheduleMode = 'move' | 'start' | 'end';

export interface BarDates {
  startDate: string;
  dueDate: string;
}

/**
 * The dates after moving by `days` (negative: earlier). Resizing never lets the start pass the due
 * date or the due date pass the start: a goal is at least one day long.
 */
export function shiftByDays(dates: BarDates, mode: RescheduleMode, days: number): BarDates {
  if (mode === 'move')
    return { startDate: addDays(dates.startDate, days), dueDate: addDays(dates.dueDate, days) };
  if (mode === 'start') {
    const start = addDays(dates.startDate, days);
    return { ...dates, startDate: start > dates.dueDate ? dates.dueDate : start };
  }
  const due = addDays(dates.dueDate, days);
  return { ...dates, dueDate: due < dates.startDate ? dates.startDate : due };
}

/** As {@link shiftByDays}, by calendar months (the 31st becomes the last day of a shorter month). */
export function shiftByMonths(dates: BarDates, mode: RescheduleMode, months: number): BarDates {
  if (mode === 'move')
    return {
      startDate: addMonths(dates.startDate, months),
      dueDate: addMonths(dates.dueDate, months),
    };
  if (mode === 'start') {
    const start = addMonths(dates.startDate, months);
    return { ...dates, startDate: start > dates.dueDate ? dates.dueDate : start };
  }
  const due = addMonths(dates.dueDate, months);
  return { ...dates, dueDate: due < dates.startDate ? dates.startDate : due };
}

/** One keyboard nudge: a day in Months, a week in Quarters, a month in Years (Fit: by scale). */
export function keyboardStep(
  zoom: TimelineZoom,
  pxPerDay: number,
): { unit: 'day' | 'week' | 'month'; label: string } {
  const unit =
    zoom === 'months'
      ? 'day'
      : zoom === 'quarters'
        ? 'week'
        : zoom === 'years'
          ? 'month'
          : pxPerDay >= 2
            ? 'day'
            : pxPerDay >= 0.6
              ? 'week'
              : 'month';
  return { unit, label: `a ${unit}` };
}

export function nudge(
  dates: BarDates,
  mode: RescheduleMode,
  unit: 'day' | 'week' | 'month',
  direction: 1 | -1,
): BarDates {
  if (unit === 'month') return shiftByMonths(dates, mode, direction);
  return shiftByDays(dates, mode, direction * (unit === 'week' ? 7 : 1));
}
