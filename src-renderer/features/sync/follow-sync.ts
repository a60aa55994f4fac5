import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Tag } from '../../../src-main/contract/define';
import type { RemoteChanges } from '../../../src-main/contract/sync';
import { changedElsewhere } from '../../api/effects';
import { channelQuery } from '../../api/queries';

export const syncStatusKey = ['sync-status'] as const;

/** How often an open window asks whether a sync brought changes, while sync is on. */
export const FOLLOW_MS = 3_000;

/** The tags changed by rounds after `seen`. */
export function tagsAfter(changes: RemoteChanges, seen: number): Tag[] {
  return (Object.entries(changes.tags) as [Tag, number][])
    .filter(([, seq]) => seq > seen)
    .map(([tag]) => tag);
}

/**
 * Keeps the window in step with changes merged from other computers: while sync is on, asks for
 * sync's state every few seconds and, when a round changed the journal, reads again exactly what
 * it touched. Mounted once, in the app shell, while the journal is open.
 */
export function useFollowSync(open: boolean): void {
  const client = useQueryClient();
  const status = useQuery({
    ...channelQuery('sync:status', {}, syncStatusKey),
    enabled: open,
    refetchInterval: (query) => (query.state.data?.enabled ? FOLLOW_MS : false),
    refetchIntervalInBackground: false,
  });
  const seen = useRef<number | null>(null);
  const changes = status.data?.remoteChanges;
  useEffect(() => {
    if (!changes) return;
    // What the window first reads is already current: only later rounds are news.
    if (seen.current !== null && changes.seq > seen.current) {
      const tags = tagsAfter(changes, seen.current).filter((tag) => tag !== 'sync');
      void changedElsewhere(client, tags);
    }
    seen.current = changes.seq;
  }, [changes, client]);
}
