import { describe, expect, it } from 'vitest';
import {
  createAspiration,
  requireAspiration,
  updateAspiration,
} from '../../src-main/plan/aspirations';
import { openEditor, paragraphs as doc, twoEditing, type EditedText } from './sync-helpers';

/** An aspiration's statement, as AspirationEditor saves it. */
const STATEMENT: EditedText = {
  create: (on, statement) => createAspiration(on.ctx.db, { title: 'Lead design', statement }).id,
  read: (on, id) => {
    const aspiration = requireAspiration(on.ctx.db, id);
    return { text: aspiration.statement, revision: aspiration.revision };
  },
  save: (on, id, statement, baseRevision) =>
    updateAspiration(on.ctx.db, { id, statement, baseRevision }).revision,
};

/** Computer A, where the aspiration's form is open, and computer B, which edits its statement. */
const twoComputers = (...lines: string[]) => twoEditing(STATEMENT, ...lines);

describe("an aspiration's statement saved while merges from another computer arrive", () => {
  it("keeps the other computer's words when the editor never showed them", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Lead a design team.', 'By 2030.');
    const editor = openEditor(a, id, STATEMENT);
    expect(editor.shown).toEqual(doc('Lead a design team.', 'By 2030.'));
    await fromB('Lead a design team of ten.', 'By 2030.');
    // The person kept typing, so the window still shows the statement from before B's words.
    editor.save(doc('Lead a design team.', 'By 2030, in Lisbon.'));
    await bothHave('Lead a design team of ten.', 'By 2030, in Lisbon.');
  });

  it("keeps the other computer's words when the editor saves twice between merges", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Teach.', 'Write a book.');
    const editor = openEditor(a, id, STATEMENT);
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
    const before = STATEMENT.read(a, id).revision;
    const saved = STATEMENT.save(a, id, doc('Open a small studio.'));
    expect(saved).toBeGreaterThan(before);
    await a.sync();
    await fromB('Open a small studio with a friend.');
    expect(STATEMENT.read(a, id).revision).toBeGreaterThan(saved);
  });
});
