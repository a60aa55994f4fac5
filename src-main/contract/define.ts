import type { z } from 'zod';

/** A channel: the zod schema its payload must pass, and (as a type only) what it answers. */
export interface Channel<In extends z.ZodType = z.ZodType, Out = unknown> {
  readonly input: In;
  readonly output: Out;
}

/**
 * Declares a channel: `channel(schema).returns<Result>()`. `output` is never read at run time; it
 * only carries the result type to the handlers and the renderer's client.
 */
export function channel<In extends z.ZodType>(input: In) {
  return {
    returns<Out>(): Channel<In, Out> {
      return { input, output: undefined as Out };
    },
  };
}

export type ChannelMap = Record<string, Channel>;
export type InputOf<C extends Channel> = z.input<C['input']>;
export type ParsedInputOf<C extends Channel> = z.output<C['input']>;
export type OutputOf<C extends Channel> = C['output'];

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;

/** Joins the domains' channel maps; a channel name declared twice is a programming error. */
export function joinContracts<Maps extends ChannelMap[]>(
  ...maps: Maps
): UnionToIntersection<Maps[number]> {
  const joined: ChannelMap = {};
  for (const map of maps) {
    for (const [name, definition] of Object.entries(map)) {
      if (name in joined) throw new Error(`The channel ${name} is declared twice.`);
      joined[name] = definition;
    }
  }
  return joined as UnionToIntersection<Maps[number]>;
}
