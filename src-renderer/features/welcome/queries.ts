import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

export const welcomeKeys = { state: () => ['welcome', 'state'] as const };

export function useWelcomeState() {
  return useQuery({
    ...channelQuery('welcome:state', {}, welcomeKeys.state()),
    staleTime: Infinity,
  });
}

export function useTemplates(enabled: boolean) {
  return useQuery({
    ...channelQuery('plan:templates', {}, ['plan', 'templates']),
    enabled,
  });
}
