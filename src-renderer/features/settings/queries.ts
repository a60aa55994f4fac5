import { useQuery, type QueryClient, type QueryFilters } from '@tanstack/react-query';
import { call } from '../../api/client';

export const settingsKeys = {
  info: ['app-info'] as const,
  backups: ['backups'] as const,
  status: ['journal-status'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.info, queryFn: () => call('app:info', {}) });
}

export function useBackups() {
  return useQuery({ queryKey: settingsKeys.backups, queryFn: () => call('backup:list', {}) });
}

/** Whether the journal opened normally or waits on the recovery screen. */
export function useJournalStatus() {
  return useQuery({
    queryKey: settingsKeys.status,
    queryFn: () => call('recovery:status', {}),
    staleTime: Infinity,
    retry: 0,
  });
}

/** Every cached answer read from the journal: all but the journal's status. */
export const JOURNAL_DATA: QueryFilters = {
  predicate: (query) => query.queryKey[0] !== settingsKeys.status[0],
};

/**
 * After a restore or a recovery choice every screen's data comes from another file: drop it all
 * and fetch again. The journal status is refreshed in place, so the app stays on screen meanwhile.
 */
export async function reloadAllData(queryClient: QueryClient): Promise<void> {
  await queryClient.resetQueries(JOURNAL_DATA);
  await queryClient.invalidateQueries({ queryKey: settingsKeys.status });
}
