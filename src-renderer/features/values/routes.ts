/**
 * The Values screen's addresses. `#/values` lists every aspiration's scorecard,
 * `#/values/<aspirationId>` is one aspiration's history and `#/values/<aspirationId>/check` its
 * check form (the Plan screen links there with `valuesCheckHref`).
 */
export type ValuesView =
  | { view: 'overview' }
  | { view: 'history'; aspirationId: string }
  | { view: 'check'; aspirationId: string };

export function parseValuesParam(param: string | null): ValuesView {
  if (!param) return { view: 'overview' };
  const [aspirationId, action] = param.split('/');
  if (!aspirationId) return { view: 'overview' };
  return action === 'check' ? { view: 'check', aspirationId } : { view: 'history', aspirationId };
}

export function valuesHref(): string {
  return '#/values';
}

export function valuesHistoryHref(aspirationId: string): string {
  return `#/values/${encodeURIComponent(aspirationId)}`;
}

export function valuesCheckHref(aspirationId: string): string {
  return `#/values/${encodeURIComponent(aspirationId)}/check`;
}

export function go(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
