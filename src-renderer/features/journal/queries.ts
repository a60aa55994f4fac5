import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Entry, EntrySummary } from '../../../src-main/contract';
import { call } from '../../api/client';

export const journalKeys = {
  /** Every list of entries: the journal, its tag filters and the trash. */
  all: ['entries'] as const,
  list: (trashed = false, tag: string | null = null) => ['entries', { trashed, tag }] as const,
  entry: (id: string) => ['entry', id] as const,
};

/** The journal, newest first; with `tag`, only the entries carrying it. */
export function useEntryList(tag: string | null = null) {
  return useQuery({
    queryKey: journalKeys.list(false, tag),
    queryFn: () => call('journal:list', tag === null ? {} : { tag }),
  });
}

export function useTrash() {
  return useQuery({
    queryKey: journalKeys.list(true),
    queryFn: () => call('journal:list', { trashed: true }),
    staleTime: 0,
  });
}

export function useEntry(id: string | null) {
  return useQuery({
    queryKey: journalKeys.entry(id ?? ''),
    queryFn: () => call('journal:get', { id: id as string }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

function byNewest(a: EntrySummary, b: EntrySummary): number {
  return a.entryDate === b.entryDate ? 0 : a.entryDate < b.entryDate ? 1 : -1;
}

/** After a save, put the new title, date and word count into the list without refetching it. */
export function rememberSaved(client: QueryClient, entry: Entry): void {
  client.setQueryData(journalKeys.entry(entry.id), entry);
  const summary: EntrySummary = {
    id: entry.id,
    entryDate: entry.entryDate,
    title: entry.title,
    wordCount: entry.wordCount,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
  client.setQueryData<EntrySummary[]>(journalKeys.list(), (list) => {
    if (!list) return list;
    const others = list.filter((item) => item.id !== entry.id);
    if (entry.deletedAt) return others;
    const dateChanged = list.find((item) => item.id === entry.id)?.entryDate !== entry.entryDate;
    if (!dateChanged) return list.map((item) => (item.id === entry.id ? summary : item));
    return [...others, summary].sort(byNewest);
  });
  // A list filtered by tag shows the new title too; which entries it holds is the server's to say.
  client.setQueriesData<EntrySummary[]>(
    {
      queryKey: journalKeys.all,
      predicate: (query) => (query.queryKey[1] as { tag?: string | null } | undefined)?.tag != null,
    },
    (list) =>
      list
        ?.map((item) => (item.id === entry.id ? summary : item))
        .filter((item) => item.deletedAt === null),
  );
}
