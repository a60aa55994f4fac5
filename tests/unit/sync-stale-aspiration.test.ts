import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import {
  createAspiration,
  requireAspiration,
  updateAspiration,
} from '../../src-main/plan/aspirations';
import { replica, settle, sharedFolder, type Replica } from './sync-helpers';

const doc = (...paragraphs: string[]): RichTextNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/**
 * An aspiration's statement editor open on `on`, as AspirationEditor is: it holds the statement it
 * last showed and that text's revision, and every save says which revision it was typed on.
 */
function openStatementEditor(on: Replica, id: string) {
  const shown = requireAspiration(on.ctx.db, id);
  let typedOn = shown.revision;
  return {
    shown: shown.statement,
    save(statement: RichTextNode) {
      typedOn = updateAspiration(on.ctx.db, { id, statement, baseRevision: typedOn }).revision;
    },
  };
}

/** Computer A, where the editor is open, and computer B, which edits the same statement. */
async function twoComputers(...paragraphs: string[]) {
  const folder = sharedFolder();
  const a = await replica(folder, 'device-a');
  const b = await replica(folder, 'device-b');
  const { id } = createAspiration(a.ctx.db, {
    title: 'Lead design',
    statement: doc(...paragraphs),
  });
  await settle(a, b);
  return {
    a,
    id,
    async fromB(...text: string[]) {
      updateAspiration(b.ctx.db, { id, statement: doc(...text) });
      await b.sync();
      await a.sync();
    },
    async bothHave(...text: string[]) {
      await settle(a, b);
      expect(requireAspiration(a.ctx.db, id).statement).toEqual(doc(...text));
      expect(requireAspiration(b.ctx.db, id).statement).toEqual(doc(...text));
    },
  };
}

describe("an aspiration's statement saved while merges from another computer arrive", () => {
  it("keeps the other computer's words when the editor never showed them", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Lead a design team.', 'By 2030.');
    const editor = openStatementEditor(a, id);
    expect(editor.shown).toEqual(doc('Lead a design team.', 'By 2030.'));
    await fromB('Lead a design team of ten.', 'By 2030.');
    // The person kept typing, so the window still shows the statement from before B's words.
    editor.save(doc('Lead a design team.', 'By 2030, in Lisbon.'));
    await bothHave('Lead a design team of ten.', 'By 2030, in Lisbon.');
  });

  it("keeps the other computer's words when the editor saves twice between merges", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Teach.', 'Write a book.');
    const editor = openStatementEditor(a, id);
    await fromB('Teach at a university.', 'Write a book.');
    editor.save(doc('Teach.', 'Write a book about type.'));
    await a.sync();
    await fromB('Teach at a university.', 'Write a book.', 'Speak at conferences.');
    editor.save(doc('Teach.', 'Write a book about type and layout.'));
    await bothHave(
      'Teach at a university.',
      'Write a book about type and layout.',
      'Speak at conferences.',
    );
  });

  it('moves the revision on with every write of the statement, sync included', async () => {
    const { a, id, fromB } = await twoComputers('Open a studio.');
    const before = requireAspiration(a.ctx.db, id).revision;
    const saved = updateAspiration(a.ctx.db, { id, statement: doc('Open a small studio.') });
    expect(saved.revision).toBeGreaterThan(before);
    await a.sync();
    await fromB('Open a small studio with a friend.');
    expect(requireAspiration(a.ctx.db, id).revision).toBeGreaterThan(saved.revision);
  });
});
