import { describe, expect, it } from 'vitest';
import { updateEntry } from '../../src-main/journal/service';
import {
  ENTRY_TEXT,
  openEditor,
  paragraphs,
  STATEMENT_TEXT,
  twoEditing,
  type EditedText,
} from './sync-helpers';

const doc = paragraphs;

// An entry's body and an aspiration's statement are rich text that sync merges the same way, and
// their editors save with the revision they were typed on: each scenario runs for both.
describe.each<[string, EditedText]>([
  ['an entry', ENTRY_TEXT],
  ["an aspiration's statement", STATEMENT_TEXT],
])('a save of %s typed while merges from another computer arrive', (_, kind) => {
  /** Computer A, where the editor is open, and computer B, which edits the same record. */
  const twoComputers = (...lines: string[]) => twoEditing(kind, ...lines);
  const openEditorOn = (on: Parameters<typeof openEditor>[0], id: string) =>
    openEditor(on, id, kind);

  it("keeps the other computer's words when the editor took its first change and saves after its second", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Plan for the week.', 'Call Sam.');
    const long = 'Call Sam about the long printed portfolio review.';
    await fromB('Plan for the week.', long);
    // A's window reads the merged text and the person starts typing in it.
    const editor = openEditorOn(a, id);
    expect(editor.shown).toEqual(doc('Plan for the week.', long));
    // Meanwhile B adds a short line, and it reaches A before A's save does.
    await fromB('Plan for the week.', long, 'Ask.');
    editor.save(doc('Plan for the week ahead.', long));
    await bothHave('Plan for the week ahead.', long, 'Ask.');
  });

  it("keeps the other computer's words when the editor never showed them, saved between two merges", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Offer.', 'Answer by Friday.');
    const editor = openEditorOn(a, id);
    await fromB('Offer (design lead).', 'Answer by Friday.');
    // The person kept typing, so the window still shows the text from before B's words came.
    editor.save(doc('Offer.', 'Answer by Friday. Ask about remote days.'));
    await a.sync();
    await fromB('Offer (design lead).', 'Answer by Friday.', 'Salary: ask.');
    // Still typing in the same editor, which has shown neither of B's changes.
    editor.save(doc('Offer.', 'Answer by Friday. Ask about remote days and hours.'));
    await bothHave(
      'Offer (design lead).',
      'Answer by Friday. Ask about remote days and hours.',
      'Salary: ask.',
    );
  });

  it("keeps the other computer's words when the editor saves text it took after the first merge, before the second", async () => {
    const { a, id, fromB, bothHave } = await twoComputers('Goals.', 'Learn Rust.');
    await fromB('Goals.', 'Learn Rust.', 'Write a talk about it.');
    const editor = openEditorOn(a, id);
    editor.save(doc('Goals for spring.', 'Learn Rust.', 'Write a talk about it.'));
    await fromB('Goals.', 'Learn Rust well.', 'Write a talk about it.');
    editor.save(doc('Goals for spring and summer.', 'Learn Rust.', 'Write a talk about it.'));
    await bothHave('Goals for spring and summer.', 'Learn Rust well.', 'Write a talk about it.');
  });
});

describe('a save of an entry typed while merges from another computer arrive', () => {
  const twoComputers = (...lines: string[]) => twoEditing(ENTRY_TEXT, ...lines);

  it("keeps the other computer's words when the entry's date was changed in the window before they came", async () => {
    const computers = await twoComputers('Interview notes.', 'Ask about travel.');
    const editor = openEditor(computers.a, computers.id);
    // The date field saves on its own, without the text, and moves the revision on.
    updateEntry(computers.a.ctx.db, { id: computers.id, entryDate: '2026-03-02' });
    const fromB = ['Interview notes.', 'Ask about travel.', 'They liked the portfolio.'];
    await computers.fromB(...fromB);
    editor.save(doc('Interview notes, first round.', 'Ask about travel.'));
    await computers.bothHave('Interview notes, first round.', ...fromB.slice(1));
  });
});
