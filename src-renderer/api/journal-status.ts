/**
 * Whether the journal is open, locked or waiting on recovery. Here, below the features, because the
 * app shell, the lock and the settings all ask for it. (What to drop when it changes: effects.ts.)
 */
import { useQuery } from '@tanstack/react-query';
import { channelQuery } from './queries';

export const journalStatusKey = ['journal-status'] as const;

/** Whether the journal opened normally or waits on the recovery screen. */
export function useJournalStatus() {
  return useQuery({
    ...channelQuery('recovery:status', {}, journalStatusKey),
    staleTime: Infinity,
    retry: 0,
  });
}
