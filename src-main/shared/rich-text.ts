import type { RichTextNode } from './rich-text-node';

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

/** Pictures (`image`) and file cards (`attachment`): blocks whose words live in their attributes. */
export const ATTACHMENT_NODE_TYPES = new Set(['image', 'attachment']);

/** A reference to bytes kept in the journal: `attachment:` and the bytes' SHA-256. */
export const ATTACHMENT_SRC = /^attachment:[0-9a-f]{64}$/;

function words(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** What a picture or file says in words: its description and caption, or its file name. */
function attachmentLines(node: RichTextNode): string[] {
  const attrs = node.attrs ?? {};
  const lines =
    node.type === 'image' ? [words(attrs.alt), words(attrs.caption)] : [words(attrs.name)];
  return lines.filter((line) => line !== '');
}

/**
 * The plain text of a tiptap document: one line per block, inline text joined as written. Walks
 * iteratively so a deeply nested document cannot overflow the stack. A picture's description and
 * caption and a file's name are lines too (search finds them), unless `prose` asks for the
 * person's writing only (the word count, a printed excerpt that shows the picture itself).
 */
export function plainTextOf(doc: RichTextNode, options: { prose?: boolean } = {}): string {
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
    if (ATTACHMENT_NODE_TYPES.has(item.type)) {
      // Searched like any other line: a picture's description and caption, a file's name.
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
      if (!options.prose) lines.push(...attachmentLines(item));
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

/** The pictures in a document, in order: their reference, description and caption. */
export function picturesOf(doc: RichTextNode): { src: string; alt: string; caption: string }[] {
  const found: { src: string; alt: string; caption: string }[] = [];
  const stack: RichTextNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (node.type === 'image' && ATTACHMENT_SRC.test(String(node.attrs?.src))) {
      found.push({
        src: String(node.attrs?.src),
        alt: words(node.attrs?.alt),
        caption: words(node.attrs?.caption),
      });
    }
    const children = node.content ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RichTextNode);
  }
  return found;
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

/**
 * The first picture or file node whose `src` is not a reference to bytes in the journal (an
 * address on the web, a local path, a data: URL), or null. Iterative, like plainTextOf.
 */
export function foreignAttachmentSource(doc: RichTextNode): string | null {
  const stack: RichTextNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (ATTACHMENT_NODE_TYPES.has(node.type)) {
      const src = node.attrs?.src;
      if (typeof src !== 'string' || !ATTACHMENT_SRC.test(src)) return String(src);
    }
    for (const child of node.content ?? []) stack.push(child);
  }
  return null;
}
