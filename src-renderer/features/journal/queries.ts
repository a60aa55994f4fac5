import { channelQuery } from '../../api/queries';
import { useQuery } from '@tanstack/react-query';

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
    ...channelQuery('journal:list', { limit: FIRST_PAGE }, journalKeys.firstPage()),
  });
}

/**
 * Every live entry's summary, or those carrying `tag` (about 170 bytes each; 1.7 MB for ten years
 * of daily writing). The screen enables it once the open entry has arrived, so the big list never
 * holds up the editor.
 */
export function useAllEntries(enabled: boolean, tag: string | null = null) {
  return useQuery({
    ...channelQuery('journal:list', tag === null ? {} : { tag }, journalKeys.list(false, tag)),
    enabled,
  });
}

export function useTrash() {
  return useQuery({
    ...channelQuery('journal:list', { trashed: true }, journalKeys.list(true)),
    staleTime: 0,
  });
}

export function useEntry(id: string | null) {
  return useQuery({
    ...channelQuery('journal:get', { id: id as string }, journalKeys.entry(id ?? '')),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
