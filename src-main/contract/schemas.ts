import { z } from 'zod';
import './messages';
import { LISTS_TOO_DEEP, NESTED_TOO_DEEP, nestingProblem } from '../shared/nesting-limits';

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

/** A tiptap document as stored: the root is always `doc`, and nesting stays within the editor's limits. */
export const richTextDoc = node.superRefine((doc, ctx) => {
  if (doc.type !== 'doc') {
    ctx.addIssue({ code: 'custom', message: 'Rich text must start with a document node.' });
    return;
  }
  const problem = nestingProblem(doc);
  if (problem) {
    ctx.addIssue({
      code: 'custom',
      message: problem === 'lists' ? LISTS_TOO_DEEP : NESTED_TOO_DEEP,
    });
  }
});

export const EMPTY_DOC: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };
