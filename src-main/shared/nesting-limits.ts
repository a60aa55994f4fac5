import type { RichTextNode } from './rich-text-node';

/**
 * How deeply rich text may nest: one source for the editor (Tab, paste), the stored-text schema,
 * the router's guard on any request and the archive import, so what the editor lets a person write
 * is always what the journal accepts.
 */

/** A list inside a list item is one level more. Far more than any plan needs, yet bounded. */
export const MAX_LIST_DEPTH = 12;

/**
 * Nodes from the document down to its deepest text: the document, a list and its item for each
 * list level, a text block and its text, and room for five quotes around or inside the lists.
 */
export const MAX_NODE_DEPTH = 1 + 2 * MAX_LIST_DEPTH + 5 + 2;

/**
 * JSON levels of the deepest stored document: a node and its content array per level (none under
 * the last), then a text's marks: the list, one mark and its attributes.
 */
export const MAX_DOC_JSON_DEPTH = 2 * MAX_NODE_DEPTH - 1 + 3;

export const LIST_TYPES: ReadonlySet<string> = new Set(['bulletList', 'orderedList', 'taskList']);

export const LISTS_TOO_DEEP = `This text is indented too deeply: lists can go ${MAX_LIST_DEPTH} levels deep; move some items out a level.`;
export const NESTED_TOO_DEEP =
  'This text is nested too deeply: take some of it out of a quote or a list.';

/** What the editor says when it refuses to indent further. */
export const EDITOR_LIST_LIMIT = `Lists can be indented at most ${MAX_LIST_DEPTH} levels.`;
export const EDITOR_NESTING_LIMIT =
  'This cannot go any deeper: take some of it out of a quote or a list first.';

export type NestingProblem = 'lists' | 'nodes' | null;

/** Which limit a document breaks, if any. Iterative, so a hostile document cannot overflow the stack. */
export function nestingProblem(doc: RichTextNode): NestingProblem {
  const stack: [RichTextNode, number, number][] = [[doc, 1, LIST_TYPES.has(doc.type) ? 1 : 0]];
  let problem: NestingProblem = null;
  while (stack.length > 0) {
    const [node, depth, lists] = stack.pop() as [RichTextNode, number, number];
    if (lists > MAX_LIST_DEPTH) return 'lists';
    if (depth > MAX_NODE_DEPTH) problem = 'nodes';
    for (const child of Array.isArray(node.content) ? node.content : []) {
      if (child && typeof child === 'object') {
        stack.push([child, depth + 1, lists + (LIST_TYPES.has(child.type) ? 1 : 0)]);
      }
    }
  }
  return problem;
}

const INLINE_TYPES = new Set(['text', 'hardBreak']);

function isTextBlock(node: RichTextNode): boolean {
  return (node.content ?? []).every((child) => INLINE_TYPES.has(child.type));
}

/**
 * A node fitted into `nodesLeft` levels (itself included) and `listsLeft` list levels. A list with
 * no room left gives way to its items' content, which joins the item above; a quote with no room
 * gives way to its content. Text and order are kept: only indentation is lost.
 */
function fitNode(node: RichTextNode, nodesLeft: number, listsLeft: number): RichTextNode[] {
  const children = node.content ?? [];
  if (children.length === 0 || isTextBlock(node)) return [node];
  const unwrapped = (inner: RichTextNode[]) =>
    inner.flatMap((child) => fitNode(child, nodesLeft, listsLeft));
  if (LIST_TYPES.has(node.type)) {
    // A list needs room for itself, an item, a text block and its text.
    if (listsLeft < 1 || nodesLeft < 4) {
      return unwrapped(children.flatMap((item) => item.content ?? []));
    }
    const items = children.flatMap((item) => fitNode(item, nodesLeft - 1, listsLeft - 1));
    return [{ ...node, content: items }];
  }
  if (nodesLeft < 3 && node.type !== 'listItem' && node.type !== 'taskItem') {
    return unwrapped(children);
  }
  const content = children.flatMap((child) => fitNode(child, nodesLeft - 1, listsLeft));
  return [{ ...node, content }];
}

/**
 * Blocks fitted to the limits when placed `depth` nodes and `lists` lists deep (a pasted slice goes
 * in at the cursor's depth; a whole document at 0).
 */
export function fitNesting(blocks: RichTextNode[], depth: number, lists: number): RichTextNode[] {
  return blocks.flatMap((block) => fitNode(block, MAX_NODE_DEPTH - depth, MAX_LIST_DEPTH - lists));
}

/** A whole document fitted to the limits: what a too-deep document becomes when it is opened. */
export function fitDocNesting(doc: RichTextNode): RichTextNode {
  if (nestingProblem(doc) === null) return doc;
  return fitNesting([doc], 0, 0)[0] ?? doc;
}
