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

export const journalContract = {
  'journal:list': channel(
    z.strictObject({
      trashed: z.boolean().optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
      /** Only live entries carrying this tag (any case). */
      tag: z.string().max(200).optional(),
    }),
  ).returns<EntrySummary[]>(),
  'journal:get': channel(z.strictObject({ id })).returns<Entry>(),
  'journal:create': channel(
    z.strictObject({ entryDate: calendarDate.optional(), body: richTextDoc.optional() }),
  ).returns<Entry>(),
  'journal:update': channel(
    z.strictObject({ id, entryDate: calendarDate.optional(), body: richTextDoc.optional() }),
  ).returns<Entry>(),
  'journal:trash': channel(z.strictObject({ id })).returns<EntrySummary>(),
  'journal:restore': channel(z.strictObject({ id })).returns<EntrySummary>(),
};
