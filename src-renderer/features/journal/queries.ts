import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Entry, EntrySummary } from '../../../src-main/contract';
import { call } from '../../api/client';

/** More rows than any screen shows at once: what the list draws before the rest arrives. */
export const FIRST_PAGE = 60;

export const journalKeys = {
  /** Every live entry; its prefix also covers the first page, so one invalidation reaches both. */
  list: (trashed = false) => ['entries', { trashed }] as const,
  firstPage: () => ['entries', { trashed: false }, 'first'] as const,
  entry: (id: string) => ['entry', id] as const,
};

/** The newest entries only: a ten-year journal shows its list and newest entry at once. */
export function useFirstEntries() {
  return useQuery({
    queryKey: journalKeys.firstPage(),
    queryFn: () => call('journal:list', { limit: FIRST_PAGE }),
  });
}

/**
 * Every live entry's summary (about 170 bytes each; 1.7 MB for ten years of daily writing). The
 * screen enables it once the open entry has arrived, so the big list never holds up the editor.
 */
export function useAllEntries(enabled: boolean) {
  return useQuery({
    queryKey: journalKeys.list(),
    queryFn: () => call('journal:list', {}),
    enabled,
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
  // The whole list and its first page alike.
  client.setQueriesData<EntrySummary[]>({ queryKey: journalKeys.list() }, (list) => {
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
