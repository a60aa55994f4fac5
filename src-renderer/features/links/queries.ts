import { channelQuery } from '../../api/queries';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LinkTargetKind } from '../../../src-main/contract/links';
import { write } from '../../api/effects';
import { navigate } from '../../ui/use-route';

export const linkKeys = {
  all: ['links'] as const,
  ofEntry: (entryId: string) => ['links', 'entry', entryId] as const,
  entriesOf: (kind: LinkTargetKind, id: string) => ['links', 'target', kind, id] as const,
};

export function useEntryLinks(entryId: string) {
  return useQuery({
    ...channelQuery('links:ofEntry', { entryId }, linkKeys.ofEntry(entryId)),
  });
}

/** The entries linked to an aspiration or goal, newest first. */
export function useLinkedEntries(targetKind: LinkTargetKind, targetId: string) {
  return useQuery({
    ...channelQuery(
      'links:entriesOf',
      { targetKind, targetId },
      linkKeys.entriesOf(targetKind, targetId),
    ),
  });
}

/** *Start a reflection*: a new linked entry with a prompt, opened in the journal. */
export function useStartReflection(targetKind: LinkTargetKind, targetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => write(client, 'links:startReflection', { targetKind, targetId }),
    onSuccess: ({ entryId }) => {
      navigate('journal', entryId);
    },
  });
}
