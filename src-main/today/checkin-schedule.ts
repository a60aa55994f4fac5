/**
 * When a goal's check-ins fall: at a quarter, a half and three quarters of its window, from its
 * start (or the day it was written down) to its due date. Pure calendar arithmetic on day numbers,
 * so it is the same in every time zone.
 */
import type { CheckInPoint } from '../contract/today';
import { addDays, daysBetween } from '../shared/calendar';

export const CHECK_IN_POINTS: { point: CheckInPoint; fraction: number; words: string }[] = [
  { point: 'quarter', fraction: 0.25, words: 'a quarter of the way' },
  { point: 'half', fraction: 0.5, words: 'halfway' },
  { point: 'three-quarters', fraction: 0.75, words: 'three quarters of the way' },
];

export interface ScheduledCheckIn {
  point: CheckInPoint;
  date: string;
}

/**
 * The check-in days of a window, in order. A point is kept only when it falls strictly inside the
 * window and on a day of its own: a window of a few days has fewer check-ins (two days' window has
 * one, at its middle; a window that starts on its due date, or ends before it starts, has none).
 */
export function checkInSchedule(windowStart: string, dueDate: string): ScheduledCheckIn[] {
  const span = daysBetween(windowStart, dueDate);
  if (span < 2) return [];
  const schedule: ScheduledCheckIn[] = [];
  for (const { point, fraction } of CHECK_IN_POINTS) {
    const offset = Math.round(span * fraction);
    if (offset <= 0 || offset >= span) continue;
    if (schedule.some((item) => item.date === addDays(windowStart, offset))) continue;
    schedule.push({ point, date: addDays(windowStart, offset) });
  }
  return schedule;
}

export interface CheckInGoal {
  status: string;
  startDate: string | null;
  /** The day the goal was written down, on the person's calendar. */
  createdOn: string;
  dueDate: string;
}

/** The window a goal's check-ins are spread over: its start date, or the day it was written down. */
export function windowStartOf(goal: CheckInGoal): string {
  return goal.startDate ?? goal.createdOn;
}

/**
 * The check-in a goal asks for today, if any: the latest point reached and not yet answered. Points
 * passed while the app was not opened are not stacked up; answering the latest settles them, and a
 * point before an answered one is settled too. Only open goals that are not yet overdue ask (an
 * overdue goal is listed as overdue instead).
 */
export function dueCheckIn(
  goal: CheckInGoal,
  answered: ReadonlySet<CheckInPoint>,
  today: string,
): ScheduledCheckIn | null {
  if (goal.status !== 'planned' && goal.status !== 'in_progress') return null;
  if (daysBetween(today, goal.dueDate) < 0) return null;
  const schedule = checkInSchedule(windowStartOf(goal), goal.dueDate);
  const reached = schedule.filter((item) => daysBetween(item.date, today) >= 0);
  const latest = reached.at(-1);
  if (!latest) return null;
  const order = (point: CheckInPoint) => CHECK_IN_POINTS.findIndex((p) => p.point === point);
  const settled = [...answered].some((point) => order(point) >= order(latest.point));
  return settled ? null : latest;
}
