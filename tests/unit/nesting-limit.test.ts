// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { createEntry, getEntry } from '../../src-main/journal/service';
import {
  EDITOR_LIST_LIMIT,
  fitDocNesting,
  MAX_LIST_DEPTH,
  nestingProblem,
} from '../../src-main/shared/nesting-limits';
import { plainTextOf } from '../../src-main/shared/rich-text';
import { ENTRY_EXTENSIONS } from '../../src-renderer/editor/extensions';
import { safeDoc } from '../../src-renderer/editor/safe-doc';
import { tempJournal } from './helpers';

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length > 0) editors.pop()?.destroy();
});

function makeEditor(content: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] }) {
  const editor = new Editor({ extensions: ENTRY_EXTENSIONS, content });
  const refused: string[] = [];
  editor.on('nestingRefused', ({ message }) => refused.push(message));
  editors.push(editor);
  return { editor, refused };
}

/** Tab on a new item at the end, as a person indents a list one line at a time. */
function indentedList(editor: Editor, levels: number): void {
  editor.commands.setContent({
    type: 'doc',
    content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para('level 1')] }] }],
  });
  // After "level 1": the end of the document is the empty paragraph that always follows a list.
  editor.commands.setTextSelection(10);
  for (let level = 2; level <= levels; level++) {
    editor.commands.splitListItem('listItem');
    editor.commands.insertContent(`level ${level}`);
    editor.commands.sinkListItem('listItem');
  }
}

function para(text: string): JSONContent {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function listDepth(node: JSONContent): number {
  const own = ['bulletList', 'orderedList', 'taskList'].includes(node.type ?? '') ? 1 : 0;
  return own + Math.max(0, ...(node.content ?? []).map(listDepth));
}

function deepList(levels: number, text = (level: number) => `level ${level}`): RichTextNode {
  let item: RichTextNode = { type: 'listItem', content: [para(text(levels)) as RichTextNode] };
  for (let level = levels - 1; level >= 1; level--) {
    item = {
      type: 'listItem',
      content: [para(text(level)) as RichTextNode, { type: 'bulletList', content: [item] }],
    };
  }
  return { type: 'doc', content: [{ type: 'bulletList', content: [item] }] };
}

async function saves(doc: JSONContent): Promise<{ ok: boolean; message?: string }> {
  const ctx = tempJournal();
  const entry = createEntry(ctx.db, {});
  const result = await createAppRouter(ctx).call('journal:update', { id: entry.id, body: doc });
  if (!result.ok) return { ok: false, message: result.error.message };
  expect(getEntry(ctx.db, entry.id).body).toEqual(doc);
  return { ok: true };
}

describe('how deeply the editor lets a list go', () => {
  it('indents to the limit, refuses one more level with a message, and the list still saves', async () => {
    const { editor, refused } = makeEditor();
    indentedList(editor, MAX_LIST_DEPTH);
    expect(listDepth(editor.getJSON())).toBe(MAX_LIST_DEPTH);
    expect(refused).toEqual([]);

    editor.commands.splitListItem('listItem');
    editor.commands.insertContent('one too many');
    editor.commands.sinkListItem('listItem');
    expect(listDepth(editor.getJSON())).toBe(MAX_LIST_DEPTH);
    expect(refused).toEqual([EDITOR_LIST_LIMIT]);
    expect(editor.getText()).toContain('one too many');
    expect(await saves(editor.getJSON())).toEqual({ ok: true });
  });

  it('a 14-level list typed with Tab is held at the limit, and saving keeps working', async () => {
    const { editor, refused } = makeEditor();
    indentedList(editor, 14);
    expect(listDepth(editor.getJSON())).toBe(MAX_LIST_DEPTH);
    expect(refused.length).toBe(2);
    expect(await saves(editor.getJSON())).toEqual({ ok: true });
    editor.commands.setTextSelection(3);
    editor.commands.insertContent('edited first line ');
    expect(await saves(editor.getJSON())).toEqual({ ok: true });
  });

  it('a pasted 16-level list is flattened to the limit, with all its text', async () => {
    const { editor, refused } = makeEditor();
    let html = '<li>level 16</li>';
    for (let level = 15; level >= 1; level--) html = `<li>level ${level}<ul>${html}</ul></li>`;
    editor.commands.focus('end');
    editor.view.pasteHTML(`<ul>${html}</ul>`, new Event('paste') as ClipboardEvent);
    const doc = editor.getJSON();
    expect(listDepth(doc)).toBe(MAX_LIST_DEPTH);
    for (let level = 1; level <= 16; level++) expect(editor.getText()).toContain(`level ${level}`);
    expect(refused).toEqual([]);
    expect(await saves(doc)).toEqual({ ok: true });
  });

  it('a pasted list inside a deep item is flattened to the room left there', async () => {
    const { editor } = makeEditor();
    indentedList(editor, 10);
    editor.view.pasteHTML(
      '<ul><li>a<ul><li>b<ul><li>c<ul><li>d</li></ul></li></ul></li></ul></li></ul>',
      new Event('paste') as ClipboardEvent,
    );
    expect(listDepth(editor.getJSON())).toBeLessThanOrEqual(MAX_LIST_DEPTH);
    expect(editor.getText()).toMatch(/a[\s\S]*b[\s\S]*c[\s\S]*d/);
    expect(await saves(editor.getJSON())).toEqual({ ok: true });
  });

  it('a stored document deeper than the limit opens flattened, its text all there', async () => {
    const stored = deepList(20);
    expect(nestingProblem(stored)).toBe('lists');
    const shown = safeDoc(ENTRY_EXTENSIONS, stored);
    expect(listDepth(shown)).toBe(MAX_LIST_DEPTH);
    expect(plainTextOf(shown as RichTextNode)).toBe(plainTextOf(stored));
    const { editor } = makeEditor(shown);
    expect(await saves(editor.getJSON())).toEqual({ ok: true });
  });

  it('quotes inside quotes stop at the limit too', () => {
    const { editor, refused } = makeEditor();
    for (let i = 0; i < 40; i++) editor.commands.wrapIn('blockquote');
    expect(nestingProblem(editor.getJSON() as RichTextNode)).toBeNull();
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatch(/cannot go any deeper/);
  });
});

describe('what the store says about a document too deep', () => {
  it('names the limit and what to change', async () => {
    const result = await saves(deepList(MAX_LIST_DEPTH + 1));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      new RegExp(
        `indented too deeply: lists can go ${MAX_LIST_DEPTH} levels deep; move some items out a level`,
      ),
    );
  });

  it('flattening keeps every word in order and is idempotent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (levels) => {
        const doc = deepList(levels);
        const fitted = fitDocNesting(doc);
        expect(nestingProblem(fitted)).toBeNull();
        expect(plainTextOf(fitted)).toBe(plainTextOf(doc));
        expect(fitDocNesting(fitted)).toEqual(fitted);
        if (levels <= MAX_LIST_DEPTH) expect(fitted).toBe(doc);
      }),
    );
  });
});

/** What a person can do in the editor, as commands. */
type Action = (editor: Editor) => void;

const actions: fc.Arbitrary<Action> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }).map<Action>((text) => (e) => {
    e.commands.insertContent(text.replace(/[<>&]/g, 'x'));
  }),
  fc.constant<Action>((e) => e.commands.splitListItem('listItem') || e.commands.splitBlock()),
  fc.integer({ min: 1, max: MAX_LIST_DEPTH + 3 }).map<Action>((times) => (e) => {
    for (let i = 0; i < times; i++) e.commands.sinkListItem('listItem');
  }),
  fc.integer({ min: 1, max: MAX_LIST_DEPTH + 3 }).map<Action>((levels) => (e) => {
    // A new line indented with Tab, again and again: the way deep lists are written.
    if (!e.isActive('listItem')) e.commands.toggleBulletList();
    for (let i = 0; i < levels; i++) {
      e.commands.splitListItem('listItem');
      e.commands.insertContent(`deeper ${i}`);
      e.commands.sinkListItem('listItem');
    }
  }),
  fc.constant<Action>((e) => e.commands.sinkListItem('taskItem')),
  fc.constant<Action>((e) => e.commands.liftListItem('listItem')),
  fc.constant<Action>((e) => e.commands.toggleBulletList()),
  fc.constant<Action>((e) => e.commands.toggleOrderedList()),
  fc.constant<Action>((e) => e.commands.toggleTaskList()),
  fc.constant<Action>((e) => e.commands.toggleBlockquote()),
  fc.constant<Action>((e) => e.commands.wrapIn('blockquote')),
  fc.constant<Action>((e) => e.commands.toggleHeading({ level: 2 })),
  fc.constant<Action>((e) => e.commands.toggleCodeBlock()),
  fc.constant<Action>((e) => e.commands.toggleBold()),
  fc.constant<Action>((e) => e.commands.setHorizontalRule()),
  fc.constant<Action>((e) =>
    e.chain().extendMarkRange('link').setLink({ href: 'https://example.com/a' }).run(),
  ),
  fc.nat({ max: 400 }).map<Action>((at) => (e) => {
    e.commands.setTextSelection(Math.min(at, e.state.doc.content.size));
  }),
);

describe('any document the editor can produce (property-based)', () => {
  it('is accepted by the router and stored exactly', async () => {
    const ctx = tempJournal();
    const entry = createEntry(ctx.db, {});
    const router = createAppRouter(ctx);
    const { editor } = makeEditor();
    await fc.assert(
      fc.asyncProperty(fc.array(actions, { minLength: 1, maxLength: 60 }), async (steps) => {
        editor.commands.setContent({ type: 'doc', content: [{ type: 'paragraph' }] });
        editor.commands.focus('end');
        for (const step of steps) step(editor);
        const doc = editor.getJSON();
        const result = await router.call('journal:update', { id: entry.id, body: doc });
        expect(result.ok ? 'ok' : result.error.message).toBe('ok');
        if (result.ok) expect(getEntry(ctx.db, entry.id).body).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('is accepted at the deepest list the editor allows, with marks and links on the deepest line', async () => {
    const { editor } = makeEditor();
    indentedList(editor, MAX_LIST_DEPTH);
    const end = editor.state.selection.from;
    editor.commands.setTextSelection({ from: end - 5, to: end });
    editor
      .chain()
      .setLink({ href: 'https://example.com/deep' })
      .toggleBold()
      .toggleHighlight()
      .run();
    const doc = editor.getJSON();
    expect(JSON.stringify(doc)).toContain('https://example.com/deep');
    expect(await saves(doc)).toEqual({ ok: true });
  });
});
