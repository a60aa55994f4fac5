/** Where Today's items open: the goal on the Plan screen, or the aspiration's values check. */
export function planGoalHref(aspirationId: string, goalId: string): string {
  return `#/plan/${encodeURIComponent(aspirationId)}/${encodeURIComponent(goalId)}`;
}

export { valuesCheckHref } from '../values/routes';
