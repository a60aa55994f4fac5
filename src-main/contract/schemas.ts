import { z } from 'zod';
import './messages';
import { calendarDateProblem, FIRST_YEAR, LAST_YEAR } from '../shared/calendar';
import type { RichTextNode } from '../shared/rich-text-node';
import { LISTS_TOO_DEEP, NESTED_TOO_DEEP, nestingProblem } from '../shared/nesting-limits';
import { foreignAttachmentSource } from '../shared/rich-text';

/**
 * A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30), in the years 1000-9999 (why: see
 * FIRST_YEAR in shared/calendar.ts). Never an instant.
 */
export const calendarDate = z.string().superRefine((value, ctx) => {
  const problem = calendarDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: DATE_PROBLEMS[problem] });
});

const DATE_PROBLEMS = {
  form: 'Use a date in the form YYYY-MM-DD.',
  year: `Use a year from ${FIRST_YEAR} to ${LAST_YEAR}.`,
  day: 'That date does not exist on the calendar.',
};

export const id = z.string().min(1, 'An id is required.').max(64, 'That id is too long.');

// Declared in the shared layer, which the rich-text rules there (nesting limits) read too.
export type { RichTextNode } from '../shared/rich-text-node';

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
    return;
  }
  // Pictures and files come from the journal only: never a web address or a local path.
  if (foreignAttachmentSource(doc) !== null) {
    ctx.addIssue({
      code: 'custom',
      message: 'A picture or file must be one kept in the journal. Add it again.',
    });
  }
});

export const EMPTY_DOC: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };
