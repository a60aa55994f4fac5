import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { RichTextNode } from '../../src-main/contract';
import {
  EDITOR_LIST_LIMIT,
  EDITOR_NESTING_LIMIT,
  fitNesting,
  LIST_TYPES,
  MAX_LIST_DEPTH,
  MAX_NODE_DEPTH,
  type NestingProblem,
} from '../../src-main/shared/nesting-limits';

declare module '@tiptap/core' {
  interface EditorEvents {
    /** A change was refused for going too deep; the toolbar shows the message. */
    nestingRefused: { message: string };
  }
}

function listsAbove(doc: PmNode, pos: number): { depth: number; lists: number } {
  const $pos = doc.resolve(pos);
  let lists = 0;
  for (let d = 1; d <= $pos.depth; d++) if (LIST_TYPES.has($pos.node(d).type.name)) lists++;
  // The document counts as the first level, as in the stored JSON.
  return { depth: $pos.depth + 1, lists };
}

/** The limit a subtree placed at `pos` breaks, walking it without recursion. */
function subtreeProblem(doc: PmNode, node: PmNode, pos: number): NestingProblem {
  const above = listsAbove(doc, pos);
  const stack: [PmNode, number, number][] = [
    [node, above.depth + 1, above.lists + (LIST_TYPES.has(node.type.name) ? 1 : 0)],
  ];
  let problem: NestingProblem = null;
  while (stack.length > 0) {
    const [item, depth, lists] = stack.pop() as [PmNode, number, number];
    if (lists > MAX_LIST_DEPTH) return 'lists';
    if (depth > MAX_NODE_DEPTH) problem = 'nodes';
    item.forEach((child) =>
      stack.push([child, depth + 1, lists + (LIST_TYPES.has(child.type.name) ? 1 : 0)]),
    );
  }
  return problem;
}

/**
 * Checks only what a transaction changed, so typing in a long entry stays cheap: every node that
 * starts inside a changed range is measured with all it holds (a list item moved in by Tab, a
 * pasted list); the nodes around it only by where they are.
 */
export function transactionProblem(tr: Transaction): NestingProblem {
  let problem: NestingProblem = null;
  tr.steps.forEach((step, index) => {
    const later = tr.mapping.slice(index + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      if (problem === 'lists') return;
      const from = later.map(newStart, -1);
      const to = Math.min(later.map(newEnd, 1) + 1, tr.doc.content.size);
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (problem === 'lists') return false;
        if (pos < from && !node.isLeaf) return true;
        problem = subtreeProblem(tr.doc, node, pos) ?? problem;
        return false;
      });
    });
  });
  return problem;
}

/**
 * A pasted slice fitted to the room left at the cursor: deeper lists are flattened, not refused.
 * The slice is measured as if its blocks went in beside the cursor's text block, the deepest place
 * a paste can put them.
 */
function fitPasted(slice: Slice, view: EditorView): Slice {
  const $from = view.state.selection.$from;
  let lists = 0;
  for (let d = 1; d <= $from.depth; d++) if (LIST_TYPES.has($from.node(d).type.name)) lists++;
  const json = (slice.content.toJSON() ?? []) as RichTextNode[];
  const fitted = fitNesting(json, $from.depth, lists);
  if (JSON.stringify(fitted) === JSON.stringify(json)) return slice;
  try {
    return new Slice(Fragment.fromJSON(view.state.schema, fitted), 0, 0);
  } catch {
    // Left as pasted: the check on every change still keeps it out if it is too deep.
    return slice;
  }
}

/**
 * Keeps the text within the nesting the journal stores (shared/nesting-limits.ts): Tab, an input
 * rule or a drop that would go deeper is refused with a message, and a deeper paste is flattened.
 */
export const NestingLimit = Extension.create({
  name: 'nestingLimit',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('nestingLimit'),
        filterTransaction(tr) {
          if (!tr.docChanged) return true;
          const problem = transactionProblem(tr);
          if (!problem) return true;
          const message = problem === 'lists' ? EDITOR_LIST_LIMIT : EDITOR_NESTING_LIMIT;
          editor.emit('nestingRefused', { message });
          return false;
        },
        props: { transformPasted: (slice, editorView) => fitPasted(slice, editorView) },
      }),
    ];
  },
});
