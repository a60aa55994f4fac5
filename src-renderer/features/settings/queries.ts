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

export function useBackups() {
  return useQuery(channelQuery('backup:list', {}, settingsKeys.backups));
}
