import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../src-main/db/migrate';
import { LATEST_VERSION } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import { getEntry, listEntries } from '../../src-main/journal/service';
import { copyOfFixture } from './helpers';

describe('upgrading a journal written by the first release (format 1)', () => {
  it('migrates to the latest format and keeps every entry, including the trash', () => {
    const file = copyOfFixture('journal-v1.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(listEntries(db).map((e) => e.id)).toEqual(['v1-b', 'v1-a']);
    expect(listEntries(db, { trashed: true }).map((e) => e.id)).toEqual(['v1-c']);
    expect(getEntry(db, 'v1-b')).toMatchObject({
      title: 'Café meeting with my mentor',
      revision: 3,
      entryDate: '2024-04-10',
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
