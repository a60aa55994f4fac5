/** Finding a bar from an event and the element of a bar, for the chart's delegated events. */
import type { BarDates } from '../layout';
import type { StoredDates } from '../queries';

export interface RescheduleRequest {
  goalId: string;
  title: string;
  aspirationId: string;
  before: StoredDates;
  after: StoredDates;
}

export function barElement(root: Element | null, goalId: string): SVGGElement | null {
  return (root?.querySelector(`[data-goal-id="${CSS.escape(goalId)}"]`) as SVGGElement) ?? null;
}

export function goalIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[data-goal-id]')?.getAttribute('data-goal-id') ?? null;
}

/** A goal with no start date of its own keeps none unless the change moved its start. */
export function storedAfter(
  before: StoredDates,
  next: BarDates,
  startTouched: boolean,
): StoredDates {
  return { startDate: startTouched ? next.startDate : before.startDate, dueDate: next.dueDate };
}
