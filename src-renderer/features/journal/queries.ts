import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Entry, EntrySummary } from '../../../src-main/contract';
import { call } from '../../api/client';

/** More rows than any screen shows at once: what the list draws before the rest arrives. */
export const FIRST_PAGE = 60;

export const journalKeys = {
  /** Every list of entries: the journal, its first page, its tag filters and the trash. */
  all: ['entries'] as const,
  /** Every live entry (or those with `tag`); its prefix also covers the first page. */
  list: (trashed = false, tag: string | null = null) => ['entries', { trashed, tag }] as const,
  firstPage: () => ['entries', { trashed: false, tag: null }, 'first'] as const,
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
 * Every live entry's summary, or those carrying `tag` (about 170 bytes each; 1.7 MB for ten years
 * of daily writing). The screen enables it once the open entry has arrived, so the big list never
 * holds up the editor.
 */
export function useAllEntries(enabled: boolean, tag: string | null = null) {
  return useQuery({
    queryKey: journalKeys.list(false, tag),
    queryFn: () => call('journal:list', tag === null ? {} : { tag }),
    enabled,
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
  // The whole list and its first page alike.
  client.setQueriesData<EntrySummary[]>({ queryKey: journalKeys.list() }, (list) => {
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
