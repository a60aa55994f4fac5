import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const todayKeys = {
  all: ['today'] as const,
  view: () => ['today', 'view'] as const,
  reminders: () => ['today', 'reminders'] as const,
};

/** Read fresh each time Today opens: it depends on the date and on every other screen's changes. */
export function useTodayView() {
  return useQuery({
    queryKey: todayKeys.view(),
    queryFn: () => call('today:view', {}),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

export function useReminderSettings() {
  return useQuery({ queryKey: todayKeys.reminders(), queryFn: () => call('today:reminders', {}) });
}

export function invalidateToday(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: todayKeys.all });
}
