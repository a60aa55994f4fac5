import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/contract/schemas';
import * as journal from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal } from './helpers';

const formatted: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Lead the studio' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'I felt ' },
        { type: 'text', text: 'confident', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' today.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ask for feedback' }] }],
        },
      ],
    },
  ],
};

describe('journal entries', () => {
  it('creates an entry with derived title, plain text and word count, and reads it back', () => {
    const { db } = tempJournal();
    const created = journal.createEntry(
      db,
      { entryDate: '2025-01-31', body: formatted },
      new Date('2025-01-31T10:00:00Z'),
    );
    expect(created.title).toBe('Lead the studio');
    expect(created.wordCount).toBe(10);
    const read = journal.getEntry(db, created.id);
    expect(read.body).toEqual(formatted);
    expect(read.entryDate).toBe('2025-01-31');
    const text = db.prepare('SELECT body_text FROM entries WHERE id = ?').pluck().get(created.id);
    expect(text).toBe('Lead the studio\nI felt confident today.\nAsk for feedback');
  });

  it('defaults a new entry to today on the local calendar and an empty document', () => {
    const { db } = tempJournal();
    const now = new Date(2026, 10, 26, 23, 30); // late evening, local time
    const created = journal.createEntry(db, {}, now);
    expect(created.entryDate).toBe('2026-11-26');
    expect(created.title).toBe('');
    expect(created.wordCount).toBe(0);
  });

  it('updates the body and the date, bumping the revision', () => {
    const { db } = tempJournal();
    const created = journal.createEntry(db, { body: docFromParagraphs(['one']) });
    const updated = journal.updateEntry(db, {
      id: created.id,
      body: docFromParagraphs(['two words']),
    });
    expect(updated.title).toBe('two words');
    expect(updated.wordCount).toBe(2);
    expect(updated.revision).toBe(2);
    const redated = journal.updateEntry(db, { id: created.id, entryDate: '2020-02-29' });
    expect(redated.entryDate).toBe('2020-02-29');
    expect(redated.title).toBe('two words');
  });

  it('lists newest first by entry date, and moves trashed entries out of the list and back', () => {
    const { db } = tempJournal();
    const older = journal.createEntry(db, {
      entryDate: '2024-01-01',
      body: docFromParagraphs(['older']),
    });
    const newer = journal.createEntry(db, {
      entryDate: '2025-06-01',
      body: docFromParagraphs(['newer']),
    });
    const middle = journal.createEntry(db, {
      entryDate: '2024-12-31',
      body: docFromParagraphs(['middle']),
    });
    expect(journal.listEntries(db).map((e) => e.title)).toEqual(['newer', 'middle', 'older']);
    expect(journal.listEntries(db, { limit: 2 }).map((e) => e.id)).toEqual([newer.id, middle.id]);

    journal.trashEntry(db, middle.id);
    expect(journal.listEntries(db).map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(journal.listEntries(db, { trashed: true }).map((e) => e.id)).toEqual([middle.id]);
    expect(journal.getEntry(db, middle.id).deletedAt).not.toBeNull();

    journal.restoreEntry(db, middle.id);
    expect(journal.listEntries(db).map((e) => e.id)).toEqual([newer.id, middle.id, older.id]);
    expect(journal.listEntries(db, { trashed: true })).toEqual([]);
  });

  it('says in words when an entry does not exist', () => {
    const { db } = tempJournal();
    expect(() => journal.getEntry(db, 'missing')).toThrow('That journal entry no longer exists.');
    expect(() => journal.trashEntry(db, 'missing')).toThrow(/no longer exists/);
  });
});
