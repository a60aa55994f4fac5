import { describe, expect, it } from 'vitest';
import { richTextDoc } from '../../src-main/contract/schemas';
import {
  countWords,
  docFromParagraphs,
  plainTextOf,
  titleOf,
} from '../../src-main/shared/rich-text';

describe('rich text helpers', () => {
  it('extracts plain text one block per line, including lists, tasks and quotes', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hello ' },
            { type: 'text', text: 'world', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: true },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Done' }] }],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Quote' },
                { type: 'hardBreak' },
                { type: 'text', text: 'line' },
              ],
            },
          ],
        },
      ],
    };
    expect(plainTextOf(doc)).toBe('Hello world\nDone\nQuote line');
  });

  it('does not overflow on a very deep document', () => {
    let node: { type: string; content?: unknown[] } = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'deep' }],
    };
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', content: [node] };
    expect(plainTextOf({ type: 'doc', content: [node] } as never)).toBe('deep');
  });

  it('counts words in several scripts and with apostrophes', () => {
    expect(countWords("I'm leading the team's pitch — again!")).toBe(6);
    expect(countWords('café naïve São Paulo')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
  });

  it('takes the title from the first line and shortens a long one', () => {
    expect(titleOf('First line\nSecond')).toBe('First line');
    const long = titleOf('x'.repeat(300));
    expect(long.length).toBe(120);
    expect(long.endsWith('…')).toBe(true);
  });

  it('accepts tiptap documents and refuses other roots', () => {
    expect(richTextDoc.safeParse(docFromParagraphs(['a', '', 'b'])).success).toBe(true);
    expect(richTextDoc.safeParse({ type: 'paragraph' }).success).toBe(false);
    expect(richTextDoc.safeParse({ type: 'doc', content: 'nope' }).success).toBe(false);
  });
});
