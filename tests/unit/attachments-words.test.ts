import { describe, expect, it } from 'vitest';
import { createEntry, getEntry } from '../../src-main/journal/service';
import { excerptOfEntry } from '../../src-renderer/print/model';
import { docWith, fileCard, picture } from './attachment-fixtures';
import { tempJournal } from './helpers';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('words in an entry with pictures and files', () => {
  it('the word count counts what the person wrote, not descriptions, captions or file names', () => {
    const ctx = tempJournal();
    const body = docWith(
      'Two words',
      picture(A, 'Speaker on a purple stage', 'Keynote in Lisbon'),
      fileCard(B, 'northwind offer letter.pdf'),
    );
    const entry = createEntry(ctx.db, { id: 'e', entryDate: '2025-03-05', body });
    expect(entry.wordCount).toBe(2);
    // ...while search still finds the entry by them.
    const row = ctx.db.prepare('SELECT body_text FROM entries WHERE id = ?').get('e') as {
      body_text: string;
    };
    expect(row.body_text).toContain('purple');
    expect(row.body_text).toContain('northwind offer letter.pdf');
    expect(getEntry(ctx.db, 'e').wordCount).toBe(2);
  });

  it('a printed excerpt carries the pictures, and does not repeat their descriptions as text', () => {
    const excerpt = excerptOfEntry({
      id: 'e',
      entryDate: '2025-03-05',
      title: 'Conference',
      wordCount: 1,
      updatedAt: '',
      createdAt: '',
      deletedAt: null,
      revision: 1,
      body: docWith(
        'Conference',
        { type: 'paragraph', content: [{ type: 'text', text: 'Great day.' }] },
        picture(A, 'Speaker on stage', 'Keynote'),
        fileCard(B, 'offer.pdf'),
        picture(B, 'The crowd'),
      ),
    });
    expect(excerpt.text).toBe('Great day.');
    expect(excerpt.pictures).toEqual([
      { src: `attachment:${A}`, alt: 'Speaker on stage', caption: 'Keynote' },
      { src: `attachment:${B}`, alt: 'The crowd', caption: '' },
    ]);
  });
});
