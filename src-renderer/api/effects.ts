/**
 * The one place the window's cache follows what the journal did. A write goes through `write`
 * (or `useWrite`); after it succeeds, its channel's declared effects are applied: answers it can
 * patch (`patches.ts`) take its answer, and every other cached answer whose channel reads a tag
 * the write changes is read again. No screen invalidates another's data by hand.
 */
import {
  useQueryClient,
  type Query,
  type QueryClient,
  type QueryFilters,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { contract, type ChannelName, type Input, type Output } from '../../src-main/contract';
import type { Tag } from '../../src-main/contract/define';
import { call } from './client';
import { PATCHES, REREAD, type Patch } from './patches';
import type { ReadMeta } from './queries';

function readOf(query: Query): ReadMeta | null {
  const meta = query.meta as ReadMeta | undefined;
  return meta && meta.channel in contract ? meta : null;
}

/** Every cached answer read from the journal: all but the journal's status. */
export const JOURNAL_DATA: QueryFilters = {
  predicate: (query) => readOf(query)?.channel !== 'recovery:status',
};

/**
 * After a restore or a recovery choice every screen's data comes from another file: drop it all
 * and fetch again. The journal status is refreshed in place, so the app stays on screen meanwhile.
 */
export async function reloadAllData(client: QueryClient): Promise<void> {
  await client.resetQueries(JOURNAL_DATA);
  await client.invalidateQueries({
    predicate: (query) => readOf(query)?.channel === 'recovery:status',
  });
}

/** Forgets every answer read from the journal (it was locked): nothing of it stays in memory. */
export function forgetJournalData(client: QueryClient): void {
  client.removeQueries(JOURNAL_DATA);
}

function reread(client: QueryClient, queries: readonly Query[]): Promise<void> {
  return Promise.all(
    queries.map((query) => client.invalidateQueries({ queryKey: query.queryKey, exact: true })),
  ).then(() => undefined);
}

/** The cached answers a write of `channel` patches: what a screen may have changed ahead of it. */
function patchedBy(client: QueryClient, channel: ChannelName): Query[] {
  const patches = PATCHES[channel] ?? {};
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => {
      const read = readOf(query);
      return read !== null && read.channel in patches;
    });
}

/** Applies what a successful write of `channel` declared it changes. */
export async function applyEffects<C extends ChannelName>(
  client: QueryClient,
  channel: C,
  input: Input<C>,
  output: Output<C>,
): Promise<void> {
  const declared = contract[channel];
  if (declared.reload) return reloadAllData(client);
  const patches = (PATCHES[channel] ?? {}) as Record<string, Patch<C, ChannelName> | undefined>;
  const changes = new Set(declared.changes);
  const stale: Query[] = [];
  for (const query of client.getQueryCache().getAll()) {
    const read = readOf(query);
    if (!read) continue;
    const patch = patches[read.channel];
    if (!patch) {
      if (contract[read.channel].reads.some((tag) => changes.has(tag))) stale.push(query);
      continue;
    }
    const held = query.state.data as Output<ChannelName> | undefined;
    const next = held === undefined ? REREAD : patch(held, { input, output }, read.input as never);
    if (next === REREAD) {
      stale.push(query);
      continue;
    }
    client.setQueryData(query.queryKey, next);
    // A read still on its way was answered before this write: it would bring the old state back.
    if (query.state.fetchStatus === 'fetching') stale.push(query);
  }
  await reread(client, stale);
}

/**
 * A write that went on in the background (an import) has finished: every answer whose tags meet
 * what its channel changes is read again.
 */
export function finishedWriting(client: QueryClient, channel: ChannelName): Promise<void> {
  return changedElsewhere(client, contract[channel].changes);
}

/**
 * The journal changed under the window without a write of its own (a sync merged another
 * computer's changes): every answer whose channel reads one of `tags` is read again.
 */
export function changedElsewhere(client: QueryClient, tags: readonly Tag[]): Promise<void> {
  const changes = new Set(tags);
  const stale = client
    .getQueryCache()
    .getAll()
    .filter((query) => {
      const read = readOf(query);
      return read !== null && contract[read.channel].reads.some((tag) => changes.has(tag));
    });
  return reread(client, stale);
}

/**
 * Calls a write channel and applies its effects. On failure the answers it would have patched
 * are read again (a screen may have shown the change ahead of the answer), and the error is thrown.
 */
export async function write<C extends ChannelName>(
  client: QueryClient,
  channel: C,
  input: Input<C>,
  options: { keepalive?: boolean } = {},
): Promise<Output<C>> {
  // The page is closing: the request is sent to outlive it, and there is no screen left to update.
  if (options.keepalive) return call(channel, input, { keepalive: true });
  let output: Output<C>;
  try {
    output = await call(channel, input);
  } catch (error) {
    await reread(client, patchedBy(client, channel));
    throw error;
  }
  await applyEffects(client, channel, input, output);
  return output;
}

/** `write`, bound to the window's query client. */
export function useWrite() {
  const client = useQueryClient();
  return useCallback(
    <C extends ChannelName>(channel: C, input: Input<C>) => write(client, channel, input),
    [client],
  );
}
