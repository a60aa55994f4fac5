import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import * as journal from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { normalizeTagName, tagKey } from '../../src-main/tags/normalize';
import { addTag, listTags, removeTag, tagsOfEntry } from '../../src-main/tags/service';
import { tempJournal, totalChanges } from './helpers';

function entry(db: Parameters<typeof addTag>[0], title: string, date = '2025-01-01') {
  return journal.createEntry(db, { entryDate: date, body: docFromParagraphs([title]) });
}

describe('tag names', () => {
  it('are trimmed, with inner whitespace collapsed and commas and control characters dropped', () => {
    expect(normalizeTagName('  Career   change \n')).toBe('Career change');
    expect(normalizeTagName('a,b')).toBe('a b');
    expect(normalizeTagName('x\u0000\u200by')).toBe('x y');
    expect(normalizeTagName('Cafe\u0301')).toBe('Café');
    expect(tagKey(' MENTORING ')).toBe('mentoring');
  });
});

describe('tags on entries', () => {
  it('adds tags once, case-insensitively, keeping the first spelling', () => {
    const { db } = tempJournal();
    const a = entry(db, 'First');
    const b = entry(db, 'Second');
    expect(addTag(db, { entryId: a.id, name: '  Mentoring ' })).toEqual(['Mentoring']);
    expect(addTag(db, { entryId: a.id, name: 'mentoring' })).toEqual(['Mentoring']);
    expect(addTag(db, { entryId: b.id, name: 'MENTORING' })).toEqual(['Mentoring']);
    expect(addTag(db, { entryId: a.id, name: 'awards' })).toEqual(['awards', 'Mentoring']);
    expect(db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(2);
    expect(tagsOfEntry(db, a.id)).toEqual(['awards', 'Mentoring']);
    expect(listTags(db)).toEqual([
      { name: 'awards', entryCount: 1 },
      { name: 'Mentoring', entryCount: 2 },
    ]);
  });

  it('removes a tag, and forgets a tag no entry carries any more', () => {
    const { db } = tempJournal();
    const a = entry(db, 'First');
    addTag(db, { entryId: a.id, name: 'Pitching' });
    addTag(db, { entryId: a.id, name: 'Awards' });
    expect(removeTag(db, { entryId: a.id, name: 'PITCHING' })).toEqual(['Awards']);
    expect(removeTag(db, { entryId: a.id, name: 'not there' })).toEqual(['Awards']);
    expect(db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['Awards']);
    expect(listTags(db)).toEqual([{ name: 'Awards', entryCount: 1 }]);
  });

  it('filters the journal list by tag, leaving out the trash', () => {
    const { db } = tempJournal();
    const older = entry(db, 'Older', '2024-01-01');
    const newer = entry(db, 'Newer', '2025-01-01');
    const other = entry(db, 'Other', '2025-02-01');
    addTag(db, { entryId: older.id, name: 'Career change' });
    addTag(db, { entryId: newer.id, name: 'career change' });
    addTag(db, { entryId: other.id, name: 'Awards' });
    expect(journal.listEntries(db, { tag: 'CAREER  CHANGE' }).map((e) => e.title)).toEqual([
      'Newer',
      'Older',
    ]);
    journal.trashEntry(db, newer.id);
    expect(journal.listEntries(db, { tag: 'career change' }).map((e) => e.title)).toEqual([
      'Older',
    ]);
    expect(listTags(db)).toEqual([
      { name: 'Awards', entryCount: 1 },
      { name: 'Career change', entryCount: 1 },
    ]);
    expect(journal.listEntries(db, { tag: 'nothing like it' })).toEqual([]);
  });

  it('refuses an empty or overlong name, naming the field, and writes nothing', async () => {
    const ctx = tempJournal();
    const a = entry(ctx.db, 'First');
    const router = createAppRouter(ctx);
    const before = totalChanges(ctx);
    for (const name of ['', '   ', ',,,', 'x'.repeat(41)]) {
      const result = await router.call('tags:add', { entryId: a.id, name });
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.fields[0]?.path).toBe('name');
      }
    }
    const missing = await router.call('tags:add', { entryId: 'nope', name: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(totalChanges(ctx)).toBe(before);
    expect(await router.call('tags:add', { entryId: a.id, name: 'x'.repeat(40) })).toMatchObject({
      ok: true,
    });
  });
});
