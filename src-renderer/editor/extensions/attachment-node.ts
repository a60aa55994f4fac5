import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';

/**
 * What a picture and a file card share as nodes: a block of its own, moved and selected whole,
 * whose attributes live in the stored JSON and are drawn by its view, never rendered as HTML
 * attributes.
 */
export const ATTACHMENT_NODE = {
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
} as const;

/** Each attribute with its default, kept in the stored JSON only. */
export function storedAttributes<T extends Record<string, unknown>>(defaults: T) {
  return Object.fromEntries(
    Object.entries(defaults).map(([name, value]) => [name, { default: value, rendered: false }]),
  ) as { [K in keyof T]: { default: T[K]; rendered: false } };
}

/** What their views share: they draw themselves from the node, and redraw when it changes. */
export abstract class AttachmentView implements NodeView {
  abstract readonly dom: HTMLElement;

  constructor(protected node: PmNode) {}

  /** Draws the node's attributes into the view's elements. */
  protected abstract render(): void;

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  /** The view is drawn from the node alone; the editor never reads its DOM back. */
  ignoreMutation(): boolean {
    return true;
  }
}
