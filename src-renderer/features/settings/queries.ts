import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { journalStatusKey } from '../../api/journal-status';

export const settingsKeys = {
  info: ['app-info'] as const,
  backups: ['backups'] as const,
  status: journalStatusKey,
};

export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.info, queryFn: () => call('app:info', {}) });
}

export function useBackups() {
  return useQuery({ queryKey: settingsKeys.backups, queryFn: () => call('backup:list', {}) });
}
