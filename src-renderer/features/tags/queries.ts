import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

export const tagKeys = {
  all: ['tags'] as const,
  list: () => ['tags', 'list'] as const,
  ofEntry: (entryId: string) => ['tags', 'entry', entryId] as const,
};

/** Every tag on a live entry, with counts: for suggestions and filters. */
export function useTagList() {
  return useQuery(channelQuery('tags:list', {}, tagKeys.list()));
}

export function useEntryTags(entryId: string) {
  return useQuery({
    ...channelQuery('tags:ofEntry', { entryId }, tagKeys.ofEntry(entryId)),
  });
}
