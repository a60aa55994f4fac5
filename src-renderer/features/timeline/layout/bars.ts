/** What a bar is (open, overdue, done, dropped) and how a screen reader names it. */
import type { AspirationStatus, GoalStatus } from '../../../../src-main/contract/plan';
import { localDate } from '../../../../src-main/shared/calendar';
import { dateInWords, daysInWords } from '../../../../src-main/shared/date-words';
import type { BarKind, TimelineBar, TimelineGoalInput } from './types';
const STATUS_WORDS: Record<GoalStatus, string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** The person's calendar date on which a goal was created (its local date, not UTC's). */
export function creationDate(createdAt: string): string {
  const instant = new Date(createdAt);
  return Number.isNaN(instant.getTime()) ? createdAt.slice(0, 10) : localDate(instant);
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

/**
 * The same rule as the plan's warnings: an open goal (planned or in progress) of an active
 * aspiration whose due date has passed. Due today is not overdue.
 */
export function isOverdue(
  goal: Pick<TimelineGoalInput, 'status' | 'dueDate'>,
  aspirationStatus: AspirationStatus,
  today: string,
): boolean {
  const open = goal.status === 'planned' || goal.status === 'in_progress';
  return open && aspirationStatus === 'active' && goal.dueDate < today;
}

export function barKind(
  goal: Pick<TimelineGoalInput, 'status' | 'dueDate'>,
  aspirationStatus: AspirationStatus,
  today: string,
): BarKind {
  if (goal.status === 'done' || goal.status === 'dropped') return goal.status;
  return isOverdue(goal, aspirationStatus, today) ? 'overdue' : goal.status;
}

export function labelText(kind: BarKind, title: string): string {
  if (kind === 'overdue') return `Overdue: ${title}`;
  if (kind === 'dropped') return `Dropped: ${title}`;
  return title;
}

export function accessibleName(
  bar: Pick<
    TimelineBar,
    | 'title'
    | 'startDate'
    | 'dueDate'
    | 'startFromCreation'
    | 'startsAfterDue'
    | 'status'
    | 'kind'
    | 'overdueDays'
  >,
): string {
  const parts = [
    // It begins with the words on the bar ("Overdue: …"), so saying what is seen finds it.
    `${labelText(bar.kind, bar.title)}: ${dateInWords(bar.startDate)} to ${dateInWords(bar.dueDate)}`,
    STATUS_WORDS[bar.status],
  ];
  if (bar.kind === 'overdue') parts.push(`overdue by ${daysInWords(bar.overdueDays)}`);
  if (bar.startFromCreation) parts.push('no start date set (starts on the day it was created)');
  if (bar.startsAfterDue) parts.push('its start date is after its due date');
  return parts.join(', ');
}
