import type { RichTextNode } from '../contract/schemas';

/**
 * `#tags` written in the text, as Obsidian reads them: `#` after a space or the start of a line,
 * then letters, digits, `_`, `-` or `/` (nested tags), with at least one letter, so `#1` and a
 * heading's `#` are not tags, nor is the `#anchor` of an address.
 */
const TAG = /(?<![\p{L}\p{N}_&/#\\])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;

export function tagsInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const name = (match[1] as string).replace(/[/-]+$/, '');
    if (name === '' || !/[\p{L}_]/u.test(name)) continue;
    found.push(name);
  }
  return found;
}

/** The inline tags in a document's text, leaving out code and link text (an address's `#` part). */
export function inlineTagsOf(doc: RichTextNode): string[] {
  const found: string[] = [];
  const stack: RichTextNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (node.type === 'codeBlock') continue;
    if (node.type === 'text') {
      const skip = node.marks?.some((mark) => mark.type === 'code' || mark.type === 'link');
      if (!skip && node.text) found.push(...tagsInText(node.text));
      continue;
    }
    const children = node.content ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RichTextNode);
  }
  return found;
}
