import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const welcomeKeys = { state: () => ['welcome', 'state'] as const };

export function useWelcomeState() {
  return useQuery({
    queryKey: welcomeKeys.state(),
    queryFn: () => call('welcome:state', {}),
    staleTime: Infinity,
  });
}

export function useTemplates(enabled: boolean) {
  return useQuery({
    queryKey: ['plan', 'templates'],
    queryFn: () => call('plan:templates', {}),
    enabled,
  });
}
