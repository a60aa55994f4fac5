import { useQuery } from '@tanstack/react-query';
import { channelQuery } from './queries';

export const planKeys = {
  all: ['plan'] as const,
  tree: () => ['plan', 'tree'] as const,
  history: (kind: 'aspiration' | 'goal', id: string) => ['plan', 'history', kind, id] as const,
  templates: () => ['plan', 'templates'] as const,
};

/**
 * The whole plan; every plan view reads from this one cached answer. With `enabled` false it is
 * not asked for, but an answer already cached (the Plan was open) is still given.
 */
export function usePlanTree(enabled = true) {
  return useQuery({ ...channelQuery('plan:tree', {}, planKeys.tree()), enabled });
}
