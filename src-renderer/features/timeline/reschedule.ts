/** Turning a drag or a key press into a `plan:updateGoal` change, and failures into words. */
import { updateGoalInput, type UpdateGoalInput } from '../../../src-main/contract/plan';
import { dateInWords } from '../../../src-main/shared/date-words';
import { ApiError } from '../../api/client';
import type { StoredDates } from './queries';

const FIELD_WORDS: Record<string, string> = {
  startDate: 'Start date',
  dueDate: 'Due date',
  id: 'Goal',
};

const fieldInWords = (path: string) => FIELD_WORDS[path.split('.')[0] ?? ''] ?? 'This change';

/** Only the dates that differ, as a `plan:updateGoal` payload; null when nothing changes. */
export function datesPayload(
  goalId: string,
  from: StoredDates,
  to: StoredDates,
): UpdateGoalInput | null {
  const payload: UpdateGoalInput = { id: goalId };
  if (to.startDate !== from.startDate) payload.startDate = to.startDate;
  if (to.dueDate !== from.dueDate) payload.dueDate = to.dueDate;
  return Object.keys(payload).length > 1 ? payload : null;
}

/**
 * The plan's own rules, checked before anything is sent (the same schema the main process
 * applies): null when the change is acceptable, else what is wrong, in words.
 */
export function checkPayload(payload: UpdateGoalInput): string | null {
  const checked = updateGoalInput.safeParse(payload);
  if (checked.success) return null;
  return checked.error.issues
    .map((issue) => `${fieldInWords(issue.path.map(String).join('.'))}: ${issue.message}`)
    .join(' ');
}

/** An error in words: each field's own message when the plan names the fields at fault. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'invalid_input' && error.fields.length > 0) {
    return error.fields.map((field) => `${fieldInWords(field.path)}: ${field.message}`).join(' ');
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export function rangeInWords(dates: StoredDates): string {
  return dates.startDate
    ? `now runs from ${dateInWords(dates.startDate)} to ${dateInWords(dates.dueDate)}`
    : `is now due on ${dateInWords(dates.dueDate)}`;
}
