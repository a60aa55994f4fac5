/**
 * Which host the page runs in (desktop or browser) and where the journal lives. Here, below the
 * features, because Settings and Sync both ask for it.
 */
import { useQuery } from '@tanstack/react-query';
import { channelQuery } from './queries';

export const appInfoKey = ['app-info'] as const;

export function useAppInfo() {
  return useQuery(channelQuery('app:info', {}, appInfoKey));
}
