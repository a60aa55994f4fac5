import * as Y from 'yjs';
import type { RichTextNode } from '../shared/rich-text-node';

/**
 * tiptap JSON ↔ Y.XmlFragment, in y-prosemirror's layout (an element per node named by its type,
 * attributes as attributes, text runs as Y.XmlText with each mark as a format attribute). The
 * conversion needs no schema, so a node type the main process does not know travels unchanged.
 *
 * `updateFragment` turns a new document into the smallest edits it can find (common start and
 * end, then element by element, then character by character), so an edit made here and one made
 * on another computer to other words of the same entry both survive the merge.
 */

type Mark = NonNullable<RichTextNode['marks']>[number];
type Attrs = Record<string, unknown>;
type Child = Y.XmlElement | Y.XmlText;

/** Marks sorted by type and empty attrs dropped: the form the editor and the merge agree on. */
export function canonicalDoc(node: RichTextNode): RichTextNode {
  const out: RichTextNode = { type: node.type };
  if (node.attrs && Object.keys(node.attrs).length > 0) out.attrs = node.attrs;
  if (node.text !== undefined) out.text = node.text;
  if (node.marks && node.marks.length > 0) {
    out.marks = [...node.marks]
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
      .map((mark) =>
        mark.attrs && Object.keys(mark.attrs).length > 0
          ? { type: mark.type, attrs: mark.attrs }
          : { type: mark.type },
      );
  }
  if (node.content && node.content.length > 0) out.content = node.content.map(canonicalDoc);
  return out;
}

function marksToAttributes(marks: Mark[] | undefined): Attrs {
  const attributes: Attrs = {};
  for (const mark of marks ?? []) attributes[mark.type] = mark.attrs ?? {};
  return attributes;
}

function attributesToMarks(attributes: Attrs | undefined): Mark[] | undefined {
  const marks = Object.entries(attributes ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([type, value]) =>
      value && typeof value === 'object' && Object.keys(value).length > 0
        ? { type, attrs: value as Attrs }
        : { type },
    );
  return marks.length > 0 ? marks : undefined;
}

/** A node's children grouped as Yjs holds them: each run of text nodes becomes one XmlText. */
function groupChildren(content: RichTextNode[] | undefined): (RichTextNode | RichTextNode[])[] {
  const groups: (RichTextNode | RichTextNode[])[] = [];
  for (const child of content ?? []) {
    const last = groups.at(-1);
    if (child.type === 'text') {
      if (Array.isArray(last)) last.push(child);
      else groups.push([child]);
    } else groups.push(child);
  }
  return groups;
}

function textDelta(runs: RichTextNode[]) {
  return runs
    .filter((run) => (run.text ?? '') !== '')
    .map((run) => ({ insert: run.text ?? '', attributes: marksToAttributes(run.marks) }));
}

function build(group: RichTextNode | RichTextNode[]): Child {
  if (Array.isArray(group)) {
    const text = new Y.XmlText();
    text.applyDelta(textDelta(group), { sanitize: false });
    return text;
  }
  const element = new Y.XmlElement(group.type);
  for (const [key, value] of Object.entries(group.attrs ?? {})) {
    element.setAttribute(key, value as string);
  }
  element.insert(0, groupChildren(group.content).map(build));
  return element;
}

/** Fills an empty fragment with a document's content (the doc node itself is the fragment). */
export function fillFragment(fragment: Y.XmlFragment, doc: RichTextNode): void {
  fragment.insert(0, groupChildren(canonicalDoc(doc).content).map(build));
}

function childJson(child: Child): RichTextNode[] {
  if (child instanceof Y.XmlText) {
    return (child.toDelta() as { insert: unknown; attributes?: Attrs }[])
      .filter((op) => typeof op.insert === 'string' && op.insert !== '')
      .map((op) => {
        const marks = attributesToMarks(op.attributes);
        return marks
          ? { type: 'text', text: op.insert as string, marks }
          : { type: 'text', text: op.insert as string };
      });
  }
  const node: RichTextNode = { type: child.nodeName };
  const attrs = child.getAttributes() as Attrs;
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = child.toArray().flatMap((inner) => childJson(inner as Child));
  if (content.length > 0) node.content = content;
  return [node];
}

/** The document a fragment holds, in canonical form. */
export function fragmentToDoc(fragment: Y.XmlFragment): RichTextNode {
  const content = fragment.toArray().flatMap((child) => childJson(child as Child));
  return canonicalDoc(content.length > 0 ? { type: 'doc', content } : { type: 'doc' });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function groupJson(group: RichTextNode | RichTextNode[]): RichTextNode[] {
  return Array.isArray(group) ? group : [group];
}

function sameKind(child: Child, group: RichTextNode | RichTextNode[]): boolean {
  if (child instanceof Y.XmlText) return Array.isArray(group);
  return !Array.isArray(group) && child.nodeName === group.type;
}

/** Characters with the marks on each, as one key per code unit for the diff. */
function flatten(runs: { insert: string; attributes: Attrs }[]) {
  const out: { char: string; key: string; attributes: Attrs }[] = [];
  for (const run of runs) {
    const key = JSON.stringify(run.attributes);
    for (const char of run.insert) {
      for (let i = 0; i < char.length; i += 1)
        out.push({ char: char[i] as string, key, attributes: run.attributes });
    }
  }
  return out;
}

function updateText(text: Y.XmlText, runs: RichTextNode[]): void {
  const before = flatten(
    (text.toDelta() as { insert: unknown; attributes?: Attrs }[])
      .filter((op) => typeof op.insert === 'string')
      .map((op) => ({ insert: op.insert as string, attributes: op.attributes ?? {} })),
  );
  const after = flatten(textDelta(runs));
  const equal = (a: (typeof before)[number], b: (typeof after)[number]) =>
    a.char === b.char && a.key === b.key;
  let start = 0;
  while (start < before.length && start < after.length && equal(before[start]!, after[start]!))
    start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    equal(before[before.length - 1 - end]!, after[after.length - 1 - end]!)
  ) {
    end += 1;
  }
  // Never cut a character made of two code units in half.
  while (start > 0 && /[\uD800-\uDBFF]/.test(before[start - 1]!.char)) start -= 1;
  while (end > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - end]!.char)) end -= 1;
  const removed = before.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const markNames = new Set([...before, ...after].flatMap((item) => Object.keys(item.attributes)));
  let at = start;
  const inserted = after.slice(start, after.length - end);
  let i = 0;
  while (i < inserted.length) {
    let j = i;
    let chunk = '';
    while (j < inserted.length && inserted[j]!.key === inserted[i]!.key) {
      chunk += inserted[j]!.char;
      j += 1;
    }
    const attributes: Attrs = { ...inserted[i]!.attributes };
    // Explicit nulls, so the new text does not take the marks of the text next to it.
    for (const name of markNames) if (!(name in attributes)) attributes[name] = null;
    text.insert(at, chunk, attributes);
    at += chunk.length;
    i = j;
  }
}

function updateElement(element: Y.XmlElement, node: RichTextNode): void {
  const attrs = node.attrs ?? {};
  const current = element.getAttributes() as Attrs;
  for (const key of Object.keys(current)) if (!(key in attrs)) element.removeAttribute(key);
  for (const [key, value] of Object.entries(attrs)) {
    if (!same(current[key], value)) element.setAttribute(key, value as string);
  }
  updateChildren(element, groupChildren(node.content));
}

function updateChildren(
  parent: Y.XmlFragment | Y.XmlElement,
  groups: (RichTextNode | RichTextNode[])[],
): void {
  const children = parent.toArray() as Child[];
  const oldJson = children.map((child) => JSON.stringify(childJson(child)));
  const newJson = groups.map((group) => JSON.stringify(groupJson(group)));
  let start = 0;
  while (start < children.length && start < groups.length && oldJson[start] === newJson[start])
    start += 1;
  let end = 0;
  while (
    end < children.length - start &&
    end < groups.length - start &&
    oldJson[children.length - 1 - end] === newJson[groups.length - 1 - end]
  ) {
    end += 1;
  }
  const oldMiddle = children.slice(start, children.length - end);
  const newMiddle = groups.slice(start, groups.length - end);
  // Pair the changed children in order while they are the same kind of node: those are edited
  // in place; the rest are removed or added.
  let paired = 0;
  while (
    paired < oldMiddle.length &&
    paired < newMiddle.length &&
    sameKind(oldMiddle[paired]!, newMiddle[paired]!)
  ) {
    const child = oldMiddle[paired]!;
    const group = newMiddle[paired]!;
    if (child instanceof Y.XmlText) updateText(child, group as RichTextNode[]);
    else updateElement(child, group as RichTextNode);
    paired += 1;
  }
  const removeCount = oldMiddle.length - paired;
  if (removeCount > 0) parent.delete(start + paired, removeCount);
  const added = newMiddle.slice(paired).map(build);
  if (added.length > 0) parent.insert(start + paired, added);
}

/** Makes the fragment hold `doc` with the fewest edits it can find. */
export function updateFragment(fragment: Y.XmlFragment, doc: RichTextNode): void {
  updateChildren(fragment, groupChildren(canonicalDoc(doc).content));
}
