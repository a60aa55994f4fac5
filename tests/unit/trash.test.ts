import { describe, expect, it, vi } from 'vitest';
import { startMaintenance } from '../../src-main/core/maintenance';
import { listVersions } from '../../src-main/journal/history';
import * as journal from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { daysUntilPurge, TRASH_DAYS } from '../../src-main/shared/trash';
import { addTag, listTags } from '../../src-main/tags/service';
import { tempJournal } from './helpers';

const DAY = 86_400_000;

function count(db: Parameters<typeof purgeExpiredTrash>[0], sql: string): number {
  return db.prepare(sql).pluck().get() as number;
}

describe('emptying the trash after 30 days', () => {
  it('purges entries trashed 30 days ago or more, with their snapshots, tag links and index rows', () => {
    const { db } = tempJournal();
    const start = new Date('2025-01-01T10:00:00Z');
    const old = journal.createEntry(db, { body: docFromParagraphs(['Old draft']) }, start);
    journal.updateEntry(
      db,
      { id: old.id, body: docFromParagraphs(['Old draft, rewritten']) },
      new Date(start.getTime() + DAY),
    );
    expect(listVersions(db, old.id)).toHaveLength(1);
    addTag(db, { entryId: old.id, name: 'Only here' });
    addTag(db, { entryId: old.id, name: 'Shared' });
    const recent = journal.createEntry(db, { body: docFromParagraphs(['Recent']) }, start);
    addTag(db, { entryId: recent.id, name: 'Shared' });
    const live = journal.createEntry(db, { body: docFromParagraphs(['Still here']) }, start);

    const trashedAt = new Date('2025-02-01T10:00:00Z');
    journal.trashEntry(db, old.id, trashedAt);
    journal.trashEntry(db, recent.id, new Date(trashedAt.getTime() + 5 * DAY));

    // One millisecond short of 30 days: nothing goes.
    expect(purgeExpiredTrash(db, new Date(trashedAt.getTime() + TRASH_DAYS * DAY - 1))).toBe(0);
    expect(purgeExpiredTrash(db, new Date(trashedAt.getTime() + TRASH_DAYS * DAY))).toBe(1);

    expect(() => journal.getEntry(db, old.id)).toThrow(/no longer exists/);
    expect(count(db, `SELECT count(*) FROM entry_snapshots WHERE entry_id = '${old.id}'`)).toBe(0);
    expect(count(db, `SELECT count(*) FROM entry_tags WHERE entry_id = '${old.id}'`)).toBe(0);
    expect(count(db, `SELECT count(*) FROM search_documents WHERE ref_id = '${old.id}'`)).toBe(0);
    expect(db.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual(['Shared']);
    expect(journal.listEntries(db, { trashed: true }).map((e) => e.id)).toEqual([recent.id]);
    expect(journal.listEntries(db).map((e) => e.id)).toEqual([live.id]);
    expect(listTags(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('never purges a live or restored entry', () => {
    const { db } = tempJournal();
    const entry = journal.createEntry(db, { body: docFromParagraphs(['Back again']) });
    journal.trashEntry(db, entry.id, new Date('2020-01-01T00:00:00Z'));
    journal.restoreEntry(db, entry.id);
    expect(purgeExpiredTrash(db, new Date('2030-01-01T00:00:00Z'))).toBe(0);
    expect(journal.getEntry(db, entry.id).title).toBe('Back again');
  });

  it('counts the days left, a started day counting as one', () => {
    const deletedAt = '2025-03-01T12:00:00.000Z';
    expect(daysUntilPurge(deletedAt, new Date('2025-03-01T12:00:00Z'))).toBe(30);
    expect(daysUntilPurge(deletedAt, new Date('2025-03-02T11:00:00Z'))).toBe(30);
    expect(daysUntilPurge(deletedAt, new Date('2025-03-02T13:00:00Z'))).toBe(29);
    expect(daysUntilPurge(deletedAt, new Date('2025-03-31T11:00:00Z'))).toBe(1);
    expect(daysUntilPurge(deletedAt, new Date('2025-03-31T12:00:00Z'))).toBe(0);
    expect(daysUntilPurge(deletedAt, new Date('2025-05-01T00:00:00Z'))).toBe(0);
  });
});

describe('maintenance', () => {
  it('purges after the first screen and then once a day', async () => {
    vi.useFakeTimers();
    try {
      let now = new Date('2025-01-01T00:00:00Z');
      const ctx = tempJournal({ now: () => now });
      const first = journal.createEntry(ctx.db, {});
      const second = journal.createEntry(ctx.db, {});
      journal.trashEntry(ctx.db, first.id, new Date('2024-11-01T00:00:00Z'));
      journal.trashEntry(ctx.db, second.id, new Date('2024-12-15T00:00:00Z'));
      const stop = startMaintenance(ctx, { delayMs: 2000 });
      expect(journal.listEntries(ctx.db, { trashed: true })).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(2000);
      expect(journal.listEntries(ctx.db, { trashed: true }).map((e) => e.id)).toEqual([second.id]);
      now = new Date('2025-01-14T00:00:00Z');
      await vi.advanceTimersByTimeAsync(DAY);
      expect(journal.listEntries(ctx.db, { trashed: true })).toEqual([]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
