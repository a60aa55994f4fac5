import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

export const todayKeys = {
  all: ['today'] as const,
  view: () => ['today', 'view'] as const,
  reminders: () => ['today', 'reminders'] as const,
};

/** Read fresh each time Today opens: it depends on the date and on every other screen's changes. */
export function useTodayView() {
  return useQuery({
    ...channelQuery('today:view', {}, todayKeys.view()),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

export function useReminderSettings() {
  return useQuery(channelQuery('today:reminders', {}, todayKeys.reminders()));
}
