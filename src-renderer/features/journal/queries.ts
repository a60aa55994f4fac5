import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Entry, EntrySummary } from '../../../src-main/contract';
import { call } from '../../api/client';

export const journalKeys = {
  list: (trashed = false) => ['entries', { trashed }] as const,
  entry: (id: string) => ['entry', id] as const,
};

export function useEntryList() {
  return useQuery({ queryKey: journalKeys.list(), queryFn: () => call('journal:list', {}) });
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
  client.setQueryData<EntrySummary[]>(journalKeys.list(), (list) => {
    if (!list) return list;
    const summary: EntrySummary = {
      id: entry.id,
      entryDate: entry.entryDate,
      title: entry.title,
      wordCount: entry.wordCount,
      updatedAt: entry.updatedAt,
      deletedAt: entry.deletedAt,
    };
    const others = list.filter((item) => item.id !== entry.id);
    if (entry.deletedAt) return others;
    const dateChanged = list.find((item) => item.id === entry.id)?.entryDate !== entry.entryDate;
    if (!dateChanged) return list.map((item) => (item.id === entry.id ? summary : item));
    return [...others, summary].sort(byNewest);
  });
}
