import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import {
  canonicalDoc,
  fillFragment,
  fragmentToDoc,
  updateFragment,
} from '../../src-main/sync/rich-text-y';

const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

const rich = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Plans')] },
  para(text('Met '), text('Ana', [{ type: 'bold' }, { type: 'italic' }]), text(' at the 🎉 fair')),
  para(text('link', [{ type: 'link', attrs: { href: 'https://example.org', target: null } }])),
  {
    type: 'taskList',
    content: [{ type: 'taskItem', attrs: { checked: true }, content: [para(text('done'))] }],
  },
  { type: 'image', attrs: { src: 'attachment:' + 'a'.repeat(64), alt: null, caption: 'x' } },
  { type: 'paragraph' },
);

function fragmentOf(value: RichTextNode): { ydoc: Y.Doc; fragment: Y.XmlFragment } {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('body');
  fillFragment(fragment, value);
  return { ydoc, fragment };
}

describe('rich text in Yjs', () => {
  it('round-trips a document with marks, attributes, nested nodes and empty blocks', () => {
    const { fragment } = fragmentOf(rich);
    expect(fragmentToDoc(fragment)).toEqual(canonicalDoc(rich));
  });

  it('updates a fragment to any new document', () => {
    const { fragment } = fragmentOf(rich);
    const next = doc(
      para(text('Met '), text('Ana and Bo', [{ type: 'bold' }])),
      { type: 'heading', attrs: { level: 3 }, content: [text('Plans!')] },
      para(text('new')),
    );
    updateFragment(fragment, next);
    expect(fragmentToDoc(fragment)).toEqual(canonicalDoc(next));
    updateFragment(fragment, { type: 'doc' });
    expect(fragmentToDoc(fragment)).toEqual({ type: 'doc' });
  });

  it('merges edits made on two copies to different words of one paragraph', () => {
    const start = doc(para(text('The quick brown fox jumps.')));
    const a = fragmentOf(start);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.ydoc));
    updateFragment(a.fragment, doc(para(text('The very quick brown fox jumps.'))));
    updateFragment(
      b.getXmlFragment('body'),
      doc(para(text('The quick brown fox jumps high.')), para(text('Second thought.'))),
    );
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.ydoc));
    const merged = fragmentToDoc(a.fragment);
    expect(merged).toEqual(fragmentToDoc(b.getXmlFragment('body')));
    expect(merged).toEqual(
      doc(para(text('The very quick brown fox jumps high.')), para(text('Second thought.'))),
    );
  });

  it('does not spread a mark onto text typed after it', () => {
    const { fragment } = fragmentOf(doc(para(text('bold', [{ type: 'bold' }]))));
    const next = doc(para(text('bold', [{ type: 'bold' }]), text(' plain')));
    updateFragment(fragment, next);
    expect(fragmentToDoc(fragment)).toEqual(canonicalDoc(next));
  });
});
