import type { RichTextNode } from '../contract/schemas';

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'taskItem',
  'codeBlock',
  'horizontalRule',
  'prompt',
]);

/**
 * The plain text of a tiptap document: one line per block, inline text joined as written. Walks
 * iteratively so a deeply nested document cannot overflow the stack.
 */
export function plainTextOf(doc: RichTextNode): string {
  const lines: string[] = [];
  let line = '';
  const stack: (RichTextNode | 'end-block')[] = [doc];
  while (stack.length > 0) {
    const item = stack.pop() as RichTextNode | 'end-block';
    if (item === 'end-block') {
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
      continue;
    }
    if (item.type === 'text') {
      line += item.text ?? '';
      continue;
    }
    if (item.type === 'hardBreak') {
      line += ' ';
      continue;
    }
    const isBlock = BLOCK_TYPES.has(item.type);
    if (isBlock) {
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
      stack.push('end-block');
    }
    const children = item.content ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RichTextNode);
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines.join('\n');
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The entry's title is its first line, trimmed to a length that fits a list row. */
export function titleOf(text: string, max = 120): string {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

/** A document holding the given paragraphs, for templates and prefilled entries. */
export function docFromParagraphs(paragraphs: string[]): RichTextNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    ),
  };
}
