import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { canonicalDoc, fillFragment, fragmentToDoc } from '../../src-main/sync/rich-text-y';
import { ENTRY_EXTENSIONS } from '../../src-renderer/editor/extensions';

/**
 * Sync converts tiptap JSON to a Y.XmlFragment with its own code (src-main/sync/rich-text-y.ts):
 * the main process has no editor schema, and a merge needs the smallest edits, not the fragment
 * written anew as y-prosemirror's `prosemirrorJSONToYXmlFragment` does. These tests hold that the
 * layout is y-prosemirror's all the same: what either writes, the other reads back as the entry.
 */
const schema = getSchema(ENTRY_EXTENSIONS);
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const item = (type: string, ...content: RichTextNode[]): RichTextNode => ({ type, content });

/** An entry as the editor saves it: every node and mark the entry editor has, defaults filled. */
const rich = schema
  .nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Spring plans')] },
      para(
        text('Met '),
        text('Ana', [{ type: 'bold' }, { type: 'italic' }]),
        text(' at the 🎉 fair, '),
        text('portfolio', [{ type: 'link', attrs: { href: 'https://example.org/p' } }]),
        { type: 'hardBreak' },
        text('marked', [{ type: 'highlight' }, { type: 'underline' }, { type: 'strike' }]),
      ),
      item('bulletList', item('listItem', para(text('one'))), item('listItem', para(text('two')))),
      { type: 'orderedList', attrs: { start: 3 }, content: [item('listItem', para(text('c')))] },
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { checked: true }, content: [para(text('done'))] }],
      },
      item('blockquote', para(text('quoted'))),
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1;')] },
      { type: 'image', attrs: { src: `attachment:${'a'.repeat(64)}`, alt: 'A chart' } },
      { type: 'attachment', attrs: { src: `attachment:${'b'.repeat(64)}`, name: 'cv.pdf' } },
      { type: 'horizontalRule' },
      { type: 'paragraph' },
    ],
  })
  .toJSON() as RichTextNode;

/** y-prosemirror leaves out attributes whose value is null; the editor reads them as defaults. */
function withoutNulls(node: RichTextNode): RichTextNode {
  const attrs = Object.entries(node.attrs ?? {}).filter(([, value]) => value !== null);
  return {
    ...node,
    attrs: attrs.length > 0 ? Object.fromEntries(attrs) : undefined,
    content: node.content?.map(withoutNulls),
  };
}

describe("sync's rich text layout is y-prosemirror's", () => {
  it('reads what y-prosemirror writes as the same entry', () => {
    const fragment = new Y.Doc().getXmlFragment('body');
    prosemirrorJSONToYXmlFragment(schema, rich, fragment);
    expect(fragmentToDoc(fragment)).toEqual(canonicalDoc(withoutNulls(rich)));
  });

  it('writes what y-prosemirror reads back as the same entry, valid in the editor schema', () => {
    const fragment = new Y.Doc().getXmlFragment('body');
    fillFragment(fragment, rich);
    const read = yXmlFragmentToProsemirrorJSON(fragment) as RichTextNode;
    expect(canonicalDoc(read)).toEqual(canonicalDoc(rich));
    expect(schema.nodeFromJSON(read).toJSON()).toEqual(rich);
  });
});
