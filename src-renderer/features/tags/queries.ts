import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const tagKeys = {
  all: ['tags'] as const,
  list: () => ['tags', 'list'] as const,
  ofEntry: (entryId: string) => ['tags', 'entry', entryId] as const,
};

/** Every tag on a live entry, with counts: for suggestions and filters. */
export function useTagList() {
  return useQuery({ queryKey: tagKeys.list(), queryFn: () => call('tags:list', {}) });
}

export function useEntryTags(entryId: string) {
  return useQuery({
    queryKey: tagKeys.ofEntry(entryId),
    queryFn: () => call('tags:ofEntry', { entryId }),
  });
}

/** After tags change: the entry's tags are known; lists, filters and search results may differ. */
export async function afterTagsChanged(
  client: QueryClient,
  entryId: string,
  tags: string[],
): Promise<void> {
  client.setQueryData(tagKeys.ofEntry(entryId), tags);
  await Promise.all([
    client.invalidateQueries({ queryKey: tagKeys.list() }),
    client.invalidateQueries({ queryKey: ['entries'] }),
    client.invalidateQueries({ queryKey: ['search'] }),
  ]);
}
