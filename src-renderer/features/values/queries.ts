import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const valuesKeys = {
  all: ['values'] as const,
  overview: () => ['values', 'overview'] as const,
  history: (aspirationId: string) => ['values', 'history', aspirationId] as const,
  draft: (aspirationId: string) => ['values', 'draft', aspirationId] as const,
  settings: () => ['values', 'settings'] as const,
};

export function useValuesOverview() {
  return useQuery({ queryKey: valuesKeys.overview(), queryFn: () => call('values:overview', {}) });
}

export function useValuesHistory(aspirationId: string) {
  return useQuery({
    queryKey: valuesKeys.history(aspirationId),
    queryFn: () => call('values:history', { aspirationId }),
  });
}

/** Always read fresh when the form opens: the draft is the form's starting point. */
export function useValuesDraft(aspirationId: string) {
  return useQuery({
    queryKey: valuesKeys.draft(aspirationId),
    queryFn: () => call('values:draft', { aspirationId }),
    staleTime: 0,
    gcTime: 0,
  });
}

export function useValuesSettings() {
  return useQuery({ queryKey: valuesKeys.settings(), queryFn: () => call('values:settings', {}) });
}

/** After any change to checks: scorecards, histories and drafts all read again. */
export function invalidateValues(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: valuesKeys.all });
}
