import { z } from 'zod';
import { channel } from './define';
import { calendarDate, id, richTextDoc, type RichTextNode } from './schemas';

export interface EntrySummary {
  id: string;
  entryDate: string;
  title: string;
  wordCount: number;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Entry extends EntrySummary {
  body: RichTextNode;
  createdAt: string;
  revision: number;
}

/** What a save answers: the summary, and the revision the saved text now is. */
export interface SavedEntry extends EntrySummary {
  revision: number;
}

export const journalContract = {
  'journal:list': channel(
    z.strictObject({
      trashed: z.boolean().optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
      /** Only live entries carrying this tag (any case). */
      tag: z.string().max(200).optional(),
    }),
    { reads: ['journal'] },
  ).returns<EntrySummary[]>(),
  'journal:get': channel(z.strictObject({ id }), { reads: ['entry'] }).returns<Entry>(),
  'journal:create': channel(
    z.strictObject({ entryDate: calendarDate.optional(), body: richTextDoc.optional() }),
    { changes: ['journal', 'search', 'today'] },
  ).returns<Entry>(),
  /**
   * Answers with the entry's summary: the window already holds the body it sent. `baseRevision`:
   * the revision the window's text was typed on, so a merge from another computer that came in
   * meanwhile is kept (see src-main/sync/collect.ts).
   */
  'journal:update': channel(
    z.strictObject({
      id,
      entryDate: calendarDate.optional(),
      body: richTextDoc.optional(),
      baseRevision: z.number().int().min(1).optional(),
    }),
    { changes: ['journal', 'entry', 'history', 'search', 'today'] },
  ).returns<SavedEntry>(),
  'journal:trash': channel(z.strictObject({ id }), {
    changes: ['journal', 'entry', 'tags', 'search', 'today'],
  }).returns<EntrySummary>(),
  'journal:restore': channel(z.strictObject({ id }), {
    changes: ['journal', 'entry', 'tags', 'search', 'today'],
  }).returns<EntrySummary>(),
};
