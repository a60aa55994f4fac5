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

/** The backups, asked again every half second while a check or a backup runs (its progress). */
export function useBackups(options: { busy?: boolean } = {}) {
  return useQuery({
    ...channelQuery('backup:list', {}, settingsKeys.backups),
    refetchInterval: (query) =>
      options.busy || query.state.data?.background.running ? 500 : false,
  });
}
