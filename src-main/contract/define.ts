import type { z } from 'zod';

/**
 * The families of data a channel reads or changes. The window's cache keeps each answer under the
 * tags its channel reads; after a write it re-reads (or patches) every answer whose tags the
 * write's channel changes, so no screen has to know what another screen shows.
 */
export const TAGS = [
  /** Entry lists (the journal, a tag's entries, the trash). */
  'journal',
  /** One entry, body included. */
  'entry',
  'tags',
  'links',
  /** An entry's saved versions. */
  'history',
  'search',
  /** Aspirations, goals and steps: the tree, the timeline, their history. */
  'plan',
  'values',
  'today',
  'export',
  'backups',
  /** Whether the journal is open, locked or waiting on recovery. */
  'status',
  'lock',
  'welcome',
  'import',
  /** Pictures and files kept in the journal, and the room they take. */
  'attachments',
  /** Achievements and their résumé lines. */
  'achievements',
  /** Sync with other computers: its settings and state. */
  'sync',
  'app',
] as const;
export type Tag = (typeof TAGS)[number];

/** Everything the journal holds: what a restore, an import or a first-run plan changes. */
export const EVERYTHING: readonly Tag[] = TAGS.filter((tag) => tag !== 'app' && tag !== 'status');

export interface Effects {
  /** The data its answer depends on. */
  readonly reads?: readonly Tag[];
  /** The data a successful call may have changed. */
  readonly changes?: readonly Tag[];
  /**
   * The journal itself was replaced (a restore, a recovery choice): every answer is dropped and
   * read again, so no screen shows a moment of the old file's data.
   */
  readonly reload?: boolean;
}

/** A channel: the zod schema its payload must pass, what it reads and changes, and its answer. */
export interface Channel<In extends z.ZodType = z.ZodType, Out = unknown> {
  readonly input: In;
  readonly output: Out;
  readonly reads: readonly Tag[];
  readonly changes: readonly Tag[];
  readonly reload: boolean;
}

/**
 * Declares a channel: `channel(schema, { reads, changes }).returns<Result>()`. `output` is never
 * read at run time; it only carries the result type to the handlers and the renderer's client.
 */
export function channel<In extends z.ZodType>(input: In, effects: Effects = {}) {
  return {
    returns<Out>(): Channel<In, Out> {
      return {
        input,
        output: undefined as Out,
        reads: effects.reads ?? [],
        changes: effects.changes ?? [],
        reload: effects.reload ?? false,
      };
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
