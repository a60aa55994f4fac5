/** Where in the plan the address points: `#/plan`, `#/plan/new`, `#/plan/<aspiration>[/<goal>]`. */
export type PlanRoute =
  | { view: 'overview' }
  | { view: 'new' }
  | { view: 'aspiration'; aspirationId: string }
  | { view: 'goal'; aspirationId: string; goalId: string };

export function parsePlanRoute(param: string | null): PlanRoute {
  if (!param) return { view: 'overview' };
  const [first, second] = param.split('/');
  if (first === 'new' && !second) return { view: 'new' };
  if (first && second) return { view: 'goal', aspirationId: first, goalId: second };
  return first ? { view: 'aspiration', aspirationId: first } : { view: 'overview' };
}

/** Links other screens (Timeline, Export) can use to open an aspiration or a goal. */
export function planHref(aspirationId?: string, goalId?: string): string {
  if (!aspirationId) return '#/plan';
  const base = `#/plan/${encodeURIComponent(aspirationId)}`;
  return goalId ? `${base}/${encodeURIComponent(goalId)}` : base;
}

export function goToPlan(aspirationId?: string, goalId?: string): void {
  const next = planHref(aspirationId, goalId);
  if (window.location.hash !== next) window.location.hash = next;
}
