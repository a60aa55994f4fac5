import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { EntryLink, LinkTargetKind } from '../../../src-main/contract/links';
import { call } from '../../api/client';
import { navigate } from '../../ui/use-route';

export const linkKeys = {
  all: ['links'] as const,
  ofEntry: (entryId: string) => ['links', 'entry', entryId] as const,
  entriesOf: (kind: LinkTargetKind, id: string) => ['links', 'target', kind, id] as const,
};

export function useEntryLinks(entryId: string) {
  return useQuery({
    queryKey: linkKeys.ofEntry(entryId),
    queryFn: () => call('links:ofEntry', { entryId }),
  });
}

/** The entries linked to an aspiration or goal, newest first. */
export function useLinkedEntries(targetKind: LinkTargetKind, targetId: string) {
  return useQuery({
    queryKey: linkKeys.entriesOf(targetKind, targetId),
    queryFn: () => call('links:entriesOf', { targetKind, targetId }),
  });
}

/** After links change: the entry's links are known; what aspirations and goals list may differ. */
export async function afterLinksChanged(
  client: QueryClient,
  entryId: string,
  links: EntryLink[],
): Promise<void> {
  client.setQueryData(linkKeys.ofEntry(entryId), links);
  await client.invalidateQueries({ queryKey: [...linkKeys.all, 'target'] });
}

/** *Start a reflection*: a new linked entry with a prompt, opened in the journal. */
export function useStartReflection(targetKind: LinkTargetKind, targetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('links:startReflection', { targetKind, targetId }),
    onSuccess: async ({ entryId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: linkKeys.all }),
        client.invalidateQueries({ queryKey: ['entries'] }),
        client.invalidateQueries({ queryKey: ['search'] }),
      ]);
      navigate('journal', entryId);
    },
  });
}
