import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import {
  listVersions,
  MAX_SNAPSHOTS_PER_ENTRY,
  restoreVersion,
  SESSION_GAP_MS,
  SNAPSHOT_INTERVAL_MS,
  snapshotDue,
} from '../../src-main/journal/history';
import * as journal from '../../src-main/journal/service';
import { search } from '../../src-main/search/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal } from './helpers';

/** A clock the test moves by hand. */
function clock(start = '2025-03-01T09:00:00Z') {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('when a snapshot is due', () => {
  const at = (iso: string) => new Date(iso);
  it('follows the session and interval rule', () => {
    const base = {
      createdAt: '2025-03-01T08:00:00.000Z',
      lastSnapshotAt: '2025-03-01T08:58:00.000Z',
    };
    // Saved a second ago, last snapshot two minutes ago: nothing.
    expect(
      snapshotDue({
        ...base,
        now: at('2025-03-01T09:00:00Z'),
        lastSavedAt: '2025-03-01T08:59:59Z',
      }),
    ).toBe(false);
    // Five minutes since the last snapshot, still typing: due.
    expect(
      snapshotDue({
        ...base,
        now: at('2025-03-01T09:03:00Z'),
        lastSavedAt: '2025-03-01T09:02:59Z',
      }),
    ).toBe(true);
    // After a pause (no save for three minutes) the first change is due, even soon after a snapshot.
    const recent = { createdAt: base.createdAt, lastSnapshotAt: '2025-03-01T09:00:00Z' };
    expect(
      snapshotDue({
        ...recent,
        now: at('2025-03-01T09:04:30Z'),
        lastSavedAt: '2025-03-01T09:01:00Z',
      }),
    ).toBe(true);
    expect(
      snapshotDue({
        ...recent,
        now: at('2025-03-01T09:04:30Z'),
        lastSavedAt: '2025-03-01T09:02:00Z',
      }),
    ).toBe(false);
    // No snapshot yet: counted from creation.
    expect(
      snapshotDue({
        createdAt: '2025-03-01T08:58:00Z',
        lastSnapshotAt: null,
        now: at('2025-03-01T09:00:00Z'),
        lastSavedAt: '2025-03-01T08:59:59Z',
      }),
    ).toBe(false);
  });
});

describe('entry history while editing', () => {
  it('keeps a snapshot at the first change of a session and at most every few minutes after', () => {
    const time = clock();
    const { db } = tempJournal();
    const entry = journal.createEntry(db, {}, time.now());
    const save = (text: string) => {
      time.advance(10 * SECOND);
      journal.updateEntry(db, { id: entry.id, body: docFromParagraphs([text]) }, time.now());
    };
    // Typing a new entry for four minutes, saved every ten seconds: nothing worth a snapshot yet.
    for (let i = 1; i <= 24; i++) save(`draft ${i}`);
    expect(listVersions(db, entry.id)).toEqual([]);
    // Five minutes after creation, the text before that save is kept, once.
    for (let i = 25; i <= 42; i++) save(`draft ${i}`);
    let versions = listVersions(db, entry.id);
    expect(versions.map((v) => v.title)).toEqual(['draft 29']);
    expect(versions[0]).toMatchObject({ reason: 'edit', wordCount: 2, preview: 'draft 29' });
    // Another five minutes of typing: one more.
    for (let i = 43; i <= 72; i++) save(`draft ${i}`);
    versions = listVersions(db, entry.id);
    expect(versions.map((v) => v.title)).toEqual(['draft 59', 'draft 29']);

    // A pause of an hour, then a new session: the text as it was before is kept at once.
    time.advance(60 * MINUTE);
    save('new session');
    versions = listVersions(db, entry.id);
    expect(versions.map((v) => v.title)).toEqual(['draft 72', 'draft 59', 'draft 29']);
    save('new session, more');
    expect(listVersions(db, entry.id)).toHaveLength(3);
    // A shorter pause, long enough to count as a new session.
    time.advance(SESSION_GAP_MS);
    save('after a coffee');
    expect(listVersions(db, entry.id).map((v) => v.title)[0]).toBe('new session, more');
  });

  it('keeps nothing for a change of date alone, an unchanged save or an empty text', () => {
    const time = clock();
    const { db } = tempJournal();
    const entry = journal.createEntry(db, { body: docFromParagraphs(['Steady']) }, time.now());
    time.advance(SESSION_GAP_MS);
    journal.updateEntry(db, { id: entry.id, entryDate: '2024-02-02' }, time.now());
    time.advance(SESSION_GAP_MS);
    journal.updateEntry(db, { id: entry.id, body: docFromParagraphs(['Steady']) }, time.now());
    expect(listVersions(db, entry.id)).toEqual([]);
    const empty = journal.createEntry(db, {}, time.now());
    time.advance(SESSION_GAP_MS);
    journal.updateEntry(db, { id: empty.id, body: docFromParagraphs(['first']) }, time.now());
    expect(listVersions(db, empty.id)).toEqual([]);
  });

  it(`keeps at most ${MAX_SNAPSHOTS_PER_ENTRY} snapshots per entry, letting the oldest go`, () => {
    const time = clock();
    const { db } = tempJournal();
    const entry = journal.createEntry(db, { body: docFromParagraphs(['v0']) }, time.now());
    for (let i = 1; i <= MAX_SNAPSHOTS_PER_ENTRY + 5; i++) {
      time.advance(SNAPSHOT_INTERVAL_MS);
      journal.updateEntry(db, { id: entry.id, body: docFromParagraphs([`v${i}`]) }, time.now());
    }
    const versions = listVersions(db, entry.id);
    expect(versions).toHaveLength(MAX_SNAPSHOTS_PER_ENTRY);
    expect(versions[0]?.title).toBe(`v${MAX_SNAPSHOTS_PER_ENTRY + 4}`);
    expect(versions.at(-1)?.title).toBe('v5');
  });

  it('shortens the preview of a long version', () => {
    const time = clock();
    const { db } = tempJournal();
    const long = 'word '.repeat(200).trim();
    const entry = journal.createEntry(db, { body: docFromParagraphs(['Title', long]) }, time.now());
    time.advance(SESSION_GAP_MS);
    journal.updateEntry(db, { id: entry.id, body: docFromParagraphs(['Short']) }, time.now());
    const [version] = listVersions(db, entry.id);
    expect(version?.preview.length).toBeLessThanOrEqual(280);
    expect(version?.preview.startsWith('Title\nword word')).toBe(true);
    expect(version?.preview.endsWith('…')).toBe(true);
  });
});

describe('restoring a version', () => {
  function entryWithHistory() {
    const time = clock();
    const ctx = tempJournal({ now: time.now });
    const entry = journal.createEntry(
      ctx.db,
      { body: docFromParagraphs(['Original plan', 'Become an art director']) },
      time.now(),
    );
    time.advance(SESSION_GAP_MS);
    journal.updateEntry(
      ctx.db,
      { id: entry.id, body: docFromParagraphs(['Rewritten plan', 'Open my own studio']) },
      time.now(),
    );
    return { ctx, time, entry };
  }

  it('brings the text back and keeps the text it replaces as a snapshot first', () => {
    const { ctx, time, entry } = entryWithHistory();
    const [original] = listVersions(ctx.db, entry.id);
    expect(original?.title).toBe('Original plan');
    time.advance(MINUTE);
    const restored = restoreVersion(
      ctx.db,
      { entryId: entry.id, versionId: original!.id },
      time.now(),
    );
    expect(restored.title).toBe('Original plan');
    expect(restored.body).toEqual(docFromParagraphs(['Original plan', 'Become an art director']));
    expect(restored.revision).toBe(3);
    const versions = listVersions(ctx.db, entry.id);
    expect(versions.map((v) => [v.title, v.reason])).toEqual([
      ['Rewritten plan', 'before-restore'],
      ['Original plan', 'edit'],
    ]);
    // The index follows: the restored words are found, the replaced ones are not.
    expect(search(ctx.db, { text: 'art director' }).results.map((r) => r.refId)).toEqual([
      entry.id,
    ]);
    expect(search(ctx.db, { text: 'studio' }).results).toEqual([]);
    // And the restore can itself be undone from History.
    restoreVersion(ctx.db, { entryId: entry.id, versionId: versions[0]!.id }, time.now());
    expect(journal.getEntry(ctx.db, entry.id).title).toBe('Rewritten plan');
  });

  it('refuses a version of another entry, a missing one, or an entry in the trash', async () => {
    const { ctx, entry } = entryWithHistory();
    const other = journal.createEntry(ctx.db, { body: docFromParagraphs(['Other']) });
    const [version] = listVersions(ctx.db, entry.id);
    const router = createAppRouter(ctx);
    expect(
      await router.call('history:restore', { entryId: other.id, versionId: version!.id }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'versionId' }] } });
    expect(
      await router.call('history:restore', { entryId: entry.id, versionId: 'missing' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    journal.trashEntry(ctx.db, entry.id);
    const trashed = await router.call('history:restore', {
      entryId: entry.id,
      versionId: version!.id,
    });
    expect(trashed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(journal.getEntry(ctx.db, entry.id).title).toBe('Rewritten plan');
  });
});
