import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

export const settingsKeys = {
  info: ['app-info'] as const,
  backups: ['backups'] as const,
  status: ['journal-status'] as const,
};

export function useAppInfo() {
  return useQuery(channelQuery('app:info', {}, settingsKeys.info));
}

export function useBackups() {
  return useQuery(channelQuery('backup:list', {}, settingsKeys.backups));
}

/** Whether the journal opened normally or waits on the recovery screen. */
export function useJournalStatus() {
  return useQuery({
    ...channelQuery('recovery:status', {}, settingsKeys.status),
    staleTime: Infinity,
    retry: 0,
  });
}
