/**
 * Whether the journal is open, locked or waiting on recovery, and what to drop when it changes.
 * Here, below the features, because the app shell, the lock and the settings all ask for it.
 */
import { useQuery, type QueryClient, type QueryFilters } from '@tanstack/react-query';
import { call } from './client';

export const journalStatusKey = ['journal-status'] as const;

/** Whether the journal opened normally or waits on the recovery screen. */
export function useJournalStatus() {
  return useQuery({
    queryKey: journalStatusKey,
    queryFn: () => call('recovery:status', {}),
    staleTime: Infinity,
    retry: 0,
  });
}

/** Every cached answer read from the journal: all but the journal's status. */
export const JOURNAL_DATA: QueryFilters = {
  predicate: (query) => query.queryKey[0] !== journalStatusKey[0],
};

/**
 * After a restore or a recovery choice every screen's data comes from another file: drop it all
 * and fetch again. The journal status is refreshed in place, so the app stays on screen meanwhile.
 */
export async function reloadAllData(queryClient: QueryClient): Promise<void> {
  await queryClient.resetQueries(JOURNAL_DATA);
  await queryClient.invalidateQueries({ queryKey: journalStatusKey });
}
