import { z } from 'zod';
import { channel } from './define';
import type { EntrySummary } from './journal';
import { id } from './schemas';

/** What a journal entry can be linked to. */
export const LINK_TARGET_KINDS = ['aspiration', 'goal'] as const;
export type LinkTargetKind = (typeof LINK_TARGET_KINDS)[number];

/** One link of an entry, with what the window needs to show and open its target. */
export interface EntryLink {
  targetKind: LinkTargetKind;
  targetId: string;
  title: string;
  /** The aspiration itself, or the goal's aspiration (the Plan screen's route needs it). */
  aspirationId: string;
  createdAt: string;
}

const target = { targetKind: z.enum(LINK_TARGET_KINDS), targetId: id };

export const linksContract = {
  /** The entry's links to live aspirations and goals, in the order they were made. */
  'links:ofEntry': channel(z.strictObject({ entryId: id }), { reads: ['links', 'plan'] }).returns<
    EntryLink[]
  >(),
  'links:add': channel(z.strictObject({ entryId: id, ...target }), { changes: ['links'] }).returns<
    EntryLink[]
  >(),
  'links:remove': channel(z.strictObject({ entryId: id, ...target }), {
    changes: ['links'],
  }).returns<EntryLink[]>(),
  /** The entries (outside the trash) linked to an aspiration or goal, newest first. */
  'links:entriesOf': channel(z.strictObject(target), { reads: ['links', 'journal'] }).returns<
    EntrySummary[]
  >(),
  /** A new entry, already linked to the aspiration or goal, that opens with a fitting prompt. */
  'links:startReflection': channel(z.strictObject(target), {
    changes: ['journal', 'links', 'search', 'today'],
  }).returns<{ entryId: string }>(),
};
