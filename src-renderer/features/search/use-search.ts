import { channelQuery } from '../../api/queries';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { SearchKind } from '../../../src-main/contract';

export interface SearchFilters {
  kind: SearchKind | null;
  tag: string | null;
}

/**
 * `value`, settled: a change after a quiet moment goes through at once (the first letter typed
 * shows results straight away), while a burst of quick changes waits until `ms` after the last.
 */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(0);
  useEffect(() => {
    const now = performance.now();
    const quiet = now - lastChange.current >= ms;
    lastChange.current = now;
    const timer = setTimeout(() => setSettled(value), quiet ? 0 : ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Results for what is typed, asked for a moment after typing pauses; the previous results stay
 * on screen meanwhile, so the list does not flicker while a word grows.
 */
export function useSearch(text: string, filters: SearchFilters) {
  const settled = useSettled(text, 25);
  const query = useQuery({
    ...channelQuery(
      'search:query',
      {
        text: settled,
        ...(filters.kind ? { kinds: [filters.kind] } : {}),
        ...(filters.tag ? { tag: filters.tag } : {}),
      },
      ['search', settled, filters.kind, filters.tag],
    ),
    enabled: settled.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 30_000,
  });
  return { ...query, settledText: settled, pending: settled !== text || query.isFetching };
}
