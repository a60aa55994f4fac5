import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';
import { journalStatusKey } from '../../api/journal-status';

export const settingsKeys = {
  info: ['app-info'] as const,
  backups: ['backups'] as const,
  status: journalStatusKey,
};

export function useAppInfo() {
  return useQuery(channelQuery('app:info', {}, settingsKeys.info));
}

export function useBackups() {
  return useQuery(channelQuery('backup:list', {}, settingsKeys.backups));
}
