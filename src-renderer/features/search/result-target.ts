import type { SearchKind, SearchResult } from '../../../src-main/contract';
import { navigate } from '../../ui/use-route';

/** How each kind is named in results and filters. */
export const KIND_LABELS: Record<SearchKind, string> = {
  entry: 'Journal entry',
  aspiration: 'Aspiration',
  goal: 'Goal',
};

/**
 * The kinds offered in the filter: those that can be found today. The career plan adds
 * 'aspiration' and 'goal' here once it indexes them.
 */
export const FILTER_KINDS: { kind: SearchKind; label: string }[] = [
  { kind: 'entry', label: 'Journal entries' },
];

/** Where a result leads. Plan kinds open the plan's screen once it exists. */
function routeOf(result: Pick<SearchResult, 'kind' | 'refId'>): [string, string] {
  switch (result.kind) {
    case 'entry':
      return ['journal', result.refId];
    case 'aspiration':
    case 'goal':
      return ['plan', result.refId];
  }
}

export function openResult(result: Pick<SearchResult, 'kind' | 'refId'>): void {
  navigate(...routeOf(result));
}
