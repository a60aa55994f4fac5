import type { SearchKind, SearchResult } from '../../../src-main/contract';
import { navigate } from '../../ui/use-route';
import { goToPlan } from '../../ui/plan-route';

/** How each kind is named in results and filters. */
export const KIND_LABELS: Record<SearchKind, string> = {
  entry: 'Journal entry',
  aspiration: 'Aspiration',
  goal: 'Goal',
};

/** The kinds offered in the filter. */
export const FILTER_KINDS: { kind: SearchKind; label: string }[] = [
  { kind: 'entry', label: 'Journal entries' },
  { kind: 'aspiration', label: 'Aspirations' },
  { kind: 'goal', label: 'Goals' },
];

type Target = Pick<SearchResult, 'kind' | 'refId'> & { parentId?: string | null };

/** Opens a result: `#/journal/<entry>`, `#/plan/<aspiration>` or `#/plan/<aspiration>/<goal>`. */
export function openResult(result: Target): void {
  if (result.kind === 'entry') navigate('journal', result.refId);
  else if (result.kind === 'aspiration') goToPlan(result.refId);
  else goToPlan(result.parentId ?? undefined, result.parentId ? result.refId : undefined);
}
