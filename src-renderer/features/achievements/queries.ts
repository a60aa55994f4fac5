import { useQuery } from '@tanstack/react-query';
import type { AchievementFilter } from '../../../src-main/contract';
import { channelQuery } from '../../api/queries';

export const achievementKeys = {
  list: (filter: AchievementFilter) => ['achievements', 'list', filter] as const,
};

export function useAchievements(filter: AchievementFilter) {
  return useQuery(channelQuery('achievements:list', filter, achievementKeys.list(filter)));
}
