import { z } from 'zod';
import { channel } from './define';
import type { Entry } from './journal';
import { id } from './schemas';

/** An earlier version of an entry's text, as the History list shows it. */
export interface EntryVersion {
  id: string;
  entryId: string;
  createdAt: string;
  /** `edit`: kept while editing; `before-restore`: the text replaced when a version was restored. */
  reason: 'edit' | 'before-restore';
  title: string;
  wordCount: number;
  /** The first few lines of the text. */
  preview: string;
}

export const historyContract = {
  'history:list': channel(z.strictObject({ entryId: id }), { reads: ['history'] }).returns<
    EntryVersion[]
  >(),
  'history:restore': channel(z.strictObject({ entryId: id, versionId: id }), {
    changes: ['entry', 'journal', 'history', 'search', 'today'],
  }).returns<Entry>(),
};
