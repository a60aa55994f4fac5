import { z } from 'zod';
import './messages';

/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). Never an instant. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    return (
      probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
    );
  }, 'That date does not exist on the calendar.');

export const id = z.string().min(1, 'An id is required.').max(64, 'That id is too long.');

const MAX_DEPTH = 40;

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const mark = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const node: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(node).max(100_000).optional(),
    marks: z.array(mark).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
);

function depthOf(value: RichTextNode, level = 1): number {
  if (level > MAX_DEPTH) return level;
  let deepest = level;
  for (const child of value.content ?? []) deepest = Math.max(deepest, depthOf(child, level + 1));
  return deepest;
}

/** A tiptap document as stored: the root is always `doc`, and nesting is bounded. */
export const richTextDoc = node
  .refine((doc) => doc.type === 'doc', 'Rich text must start with a document node.')
  .refine((doc) => depthOf(doc) <= MAX_DEPTH, 'This text is nested too deeply to store.');

export const EMPTY_DOC: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };
