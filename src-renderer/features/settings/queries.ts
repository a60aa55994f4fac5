import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';
import { appInfoKey } from '../../api/app-info';
import { journalStatusKey } from '../../api/journal-status';

export { useAppInfo } from '../../api/app-info';

export const settingsKeys = {
  info: appInfoKey,
  backups: ['backups'] as const,
  status: journalStatusKey,
};

/** The backups, asked again every half second while a check or a backup runs (its progress). */
export function useBackups(options: { busy?: boolean } = {}) {
  return useQuery({
    ...channelQuery('backup:list', {}, settingsKeys.backups),
    refetchInterval: (query) =>
      options.busy || query.state.data?.background.running ? 500 : false,
  });
}
