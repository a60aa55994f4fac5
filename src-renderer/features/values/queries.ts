import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

export const valuesKeys = {
  all: ['values'] as const,
  overview: () => ['values', 'overview'] as const,
  history: (aspirationId: string) => ['values', 'history', aspirationId] as const,
  draft: (aspirationId: string) => ['values', 'draft', aspirationId] as const,
  settings: () => ['values', 'settings'] as const,
};

export function useValuesOverview() {
  return useQuery(channelQuery('values:overview', {}, valuesKeys.overview()));
}

export function useValuesHistory(aspirationId: string) {
  return useQuery({
    ...channelQuery('values:history', { aspirationId }, valuesKeys.history(aspirationId)),
  });
}

/** Always read fresh when the form opens: the draft is the form's starting point. */
export function useValuesDraft(aspirationId: string) {
  return useQuery({
    ...channelQuery('values:draft', { aspirationId }, valuesKeys.draft(aspirationId)),
    staleTime: 0,
    gcTime: 0,
  });
}

export function useValuesSettings() {
  return useQuery(channelQuery('values:settings', {}, valuesKeys.settings()));
}
