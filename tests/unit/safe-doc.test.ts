// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeDoc } from '../../src-renderer/editor/safe-doc';
import { EXTENSIONS, expectInert, OUTPUT_ATTRS, OUTPUT_TAGS } from './safe-paste-fixtures';

let editor: Editor;

// One editor, attached to the page, for every test.
beforeAll(() => {
  const element = document.createElement('div');
  document.body.appendChild(element);
  editor = new Editor({ element, extensions: EXTENSIONS, content: '' });
});

afterAll(() => editor.destroy());

describe('stored JSON that was tampered with renders inert', () => {
  function render(stored: unknown): string {
    editor.commands.setContent(safeDoc(EXTENSIONS, stored));
    return editor.getHTML();
  }

  it('drops unsafe links, unknown attributes and unknown marks, keeping the text', () => {
    const out = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', style: 'background:url(x)' },
          content: [
            {
              type: 'text',
              text: 'bad',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
            {
              type: 'text',
              text: ' data',
              marks: [{ type: 'link', attrs: { href: 'data:text/html,x' } }],
            },
            {
              type: 'text',
              text: ' spaced',
              marks: [{ type: 'link', attrs: { href: ' JAVASCRIPT:alert(1)' } }],
            },
            {
              type: 'text',
              text: ' good',
              marks: [
                {
                  type: 'link',
                  attrs: {
                    href: 'https://example.com',
                    target: 'x',
                    onclick: 'alert(1)',
                    class: 'evil',
                  },
                },
                { type: 'evilMark', attrs: { onload: 'alert(1)' } },
                { type: 'bold', attrs: { style: 'x' } },
              ],
            },
          ],
        },
      ],
    });
    expect(out).toBe(
      '<p>bad data spaced<a target="_blank" rel="noopener noreferrer nofollow" href="https://example.com"><strong> good</strong></a></p>',
    );
    expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, 'tampered marks');
  });

  it('gives unknown nodes way to their content and checks attribute values', () => {
    const out = render({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'iframe', attrs: { src: 'javascript:alert(1)' } },
        {
          type: 'heading',
          attrs: { level: '1 onclick=alert(1)' },
          content: [{ type: 'text', text: 'Title' }],
        },
        { type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'Deep' }] },
        {
          type: 'prompt',
          attrs: { promptId: '"><img src=x onerror=alert(1)>' },
          content: [{ type: 'text', text: 'A question?' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
            { type: 'text', text: 'kept' },
          ],
        },
      ],
    });
    expect(out).toBe(
      '<p>alert(1)</p><h1>Title</h1><h1>Deep</h1><div data-type="prompt" class="prompt-block">A question?</div><p>kept</p>',
    );
    expectInert(out, OUTPUT_TAGS, OUTPUT_ATTRS, 'tampered nodes');
  });

  it('shows a document that does not fit the schema as its plain text', () => {
    const out = render({
      type: 'doc',
      content: [
        { type: 'text', text: 'loose text <img src=x onerror=alert(1)>' },
        {
          type: 'paragraph',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }],
        },
      ],
    });
    expect(out).toBe('<p>loose text &lt;img src=x onerror=alert(1)&gt;</p><p>nested</p>');
    for (const garbage of [
      null,
      42,
      'text',
      [],
      { type: 'doc', content: 'nope' },
      { content: [{}] },
    ]) {
      expect(render(garbage)).toBe('<p></p>');
    }
  });
});
