import { z } from 'zod';
import { channel } from './define';
import { id } from './schemas';

export interface TagUsage {
  name: string;
  /** Entries outside the trash that carry the tag. */
  entryCount: number;
}

const tagName = z.string().max(200, 'A tag can be at most 40 characters.');

export const tagsContract = {
  'tags:list': channel(z.strictObject({}), { reads: ['tags'] }).returns<TagUsage[]>(),
  'tags:ofEntry': channel(z.strictObject({ entryId: id }), { reads: ['tags'] }).returns<string[]>(),
  'tags:add': channel(z.strictObject({ entryId: id, name: tagName }), {
    changes: ['tags', 'journal', 'search'],
  }).returns<string[]>(),
  'tags:remove': channel(z.strictObject({ entryId: id, name: tagName }), {
    changes: ['tags', 'journal', 'search'],
  }).returns<string[]>(),
};
