import type { QueryKey } from '@tanstack/react-query';
import type { ChannelName, Input, Output } from '../../src-main/contract';
import { call } from './client';

/** What the cache keeps with each answer: the channel and the input it was read with. */
export interface ReadMeta extends Record<string, unknown> {
  channel: ChannelName;
  input: unknown;
}

/**
 * A query's options for reading `channel`: the answer is kept under `queryKey` with the channel
 * it came from, so a write's declared effects find it (`effects.ts`) whatever the key looks like.
 * Every read of the window goes through here; a test holds that.
 */
export function channelQuery<C extends ChannelName>(
  channel: C,
  input: Input<C>,
  queryKey: QueryKey,
) {
  const meta: ReadMeta = { channel, input };
  return {
    queryKey,
    queryFn: (): Promise<Output<C>> => call(channel, input),
    meta,
  };
}
