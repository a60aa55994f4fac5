import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { createEntry, getEntry, updateEntry } from '../../src-main/journal/service';
import { openEditor, replica, settle, sharedFolder } from './sync-helpers';

const doc = (...paragraphs: string[]): RichTextNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

async function twoComputers(...paragraphs: string[]) {
  const folder = sharedFolder();
  const a = await replica(folder, 'device-a');
  const b = await replica(folder, 'device-b');
  const entry = createEntry(a.ctx.db, { body: doc(...paragraphs) });
  await settle(a, b);
  return { a, b, id: entry.id };
}

describe('a save typed while merges from another computer arrive', () => {
  it("keeps the other computer's words when the editor took its first change and saves after its second", async () => {
    const { a, b, id } = await twoComputers('Plan for the week.', 'Call Sam.');
    updateEntry(b.ctx.db, {
      id,
      body: doc('Plan for the week.', 'Call Sam about the long printed portfolio review.'),
    });
    await b.sync();
    await a.sync();
    // A's window reads the merged text and the person starts typing in it.
    const editor = openEditor(a, id);
    expect(editor.shown).toEqual(
      doc('Plan for the week.', 'Call Sam about the long printed portfolio review.'),
    );
    // Meanwhile B adds a short line, and it reaches A before A's save does.
    updateEntry(b.ctx.db, {
      id,
      body: doc('Plan for the week.', 'Call Sam about the long printed portfolio review.', 'Ask.'),
    });
    await b.sync();
    await a.sync();
    editor.save(
      doc('Plan for the week ahead.', 'Call Sam about the long printed portfolio review.'),
    );
    await settle(a, b);

    const merged = doc(
      'Plan for the week ahead.',
      'Call Sam about the long printed portfolio review.',
      'Ask.',
    );
    expect(getEntry(a.ctx.db, id).body).toEqual(merged);
    expect(getEntry(b.ctx.db, id).body).toEqual(merged);
  });

  it("keeps the other computer's words when the editor never showed them, saved between two merges", async () => {
    const { a, b, id } = await twoComputers('Offer from the studio.', 'Answer by Friday.');
    const editor = openEditor(a, id);
    updateEntry(b.ctx.db, {
      id,
      body: doc('Offer from the studio (design lead).', 'Answer by Friday.'),
    });
    await b.sync();
    await a.sync();
    // The person kept typing, so the window still shows the text from before B's words came.
    editor.save(doc('Offer from the studio.', 'Answer by Friday. Ask about remote days.'));
    await a.sync();
    updateEntry(b.ctx.db, {
      id,
      body: doc('Offer from the studio (design lead).', 'Answer by Friday.', 'Salary: ask.'),
    });
    await b.sync();
    await a.sync();
    // Still typing in the same editor, which has shown neither of B's changes.
    editor.save(
      doc('Offer from the studio.', 'Answer by Friday. Ask about remote days and hours.'),
    );
    await settle(a, b);

    const merged = doc(
      'Offer from the studio (design lead).',
      'Answer by Friday. Ask about remote days and hours.',
      'Salary: ask.',
    );
    expect(getEntry(a.ctx.db, id).body).toEqual(merged);
    expect(getEntry(b.ctx.db, id).body).toEqual(merged);
  });

  it("keeps the other computer's words when the editor saves text it took after the first merge, before the second", async () => {
    const { a, b, id } = await twoComputers('Goals.', 'Learn Rust.');
    updateEntry(b.ctx.db, { id, body: doc('Goals.', 'Learn Rust.', 'Write a talk about it.') });
    await b.sync();
    await a.sync();
    const editor = openEditor(a, id);
    editor.save(doc('Goals for spring.', 'Learn Rust.', 'Write a talk about it.'));
    updateEntry(b.ctx.db, {
      id,
      body: doc('Goals.', 'Learn Rust well.', 'Write a talk about it.'),
    });
    await b.sync();
    await a.sync();
    editor.save(doc('Goals for spring and summer.', 'Learn Rust.', 'Write a talk about it.'));
    await settle(a, b);

    const merged = doc(
      'Goals for spring and summer.',
      'Learn Rust well.',
      'Write a talk about it.',
    );
    expect(getEntry(a.ctx.db, id).body).toEqual(merged);
    expect(getEntry(b.ctx.db, id).body).toEqual(merged);
  });
});
