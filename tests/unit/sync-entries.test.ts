import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { listVersions } from '../../src-main/journal/history';
import {
  createEntry,
  getEntry,
  listEntries,
  trashEntry,
  updateEntry,
} from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import { search } from '../../src-main/search/service';
import { addTag, removeTag, tagsOfEntry } from '../../src-main/tags/service';
import { keyForTarget } from '../../src-main/sync/engine';
import { WrongPassphraseError } from '../../src-main/sync/crypto';
import { folderTransport } from '../../src-main/sync/folder-transport';
import {
  openEditor,
  replica,
  settle,
  sharedFolder,
  TEST_COST,
  twoComputers,
  twoWithEntry,
} from './sync-helpers';

const doc = (...paragraphs: string[]): RichTextNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('sync of journal entries through a shared folder', () => {
  it('carries an entry with its text, date, tags and trash state to another computer', async () => {
    const { a, b } = await twoComputers();
    const entry = createEntry(a.ctx.db, {
      entryDate: '2026-03-04',
      body: doc('Met the hiring manager.'),
    });
    addTag(a.ctx.db, { entryId: entry.id, name: 'Interviews' });
    await settle(a, b);

    const copy = getEntry(b.ctx.db, entry.id);
    expect(copy.entryDate).toBe('2026-03-04');
    expect(copy.body).toEqual(doc('Met the hiring manager.'));
    expect(tagsOfEntry(b.ctx.db, entry.id)).toEqual(['Interviews']);
    expect(search(b.ctx.db, { text: 'hiring' }).results.map((r) => r.refId)).toContain(entry.id);

    removeTag(b.ctx.db, { entryId: entry.id, name: 'interviews' });
    trashEntry(b.ctx.db, entry.id);
    await settle(a, b);
    expect(tagsOfEntry(a.ctx.db, entry.id)).toEqual([]);
    expect(listEntries(a.ctx.db, { trashed: true }).map((e) => e.id)).toEqual([entry.id]);
  });

  it("keeps both computers' words when the same entry is edited on each while apart", async () => {
    const { a, b, entry } = await twoWithEntry(doc('First line.', 'Last line.'));

    updateEntry(a.ctx.db, {
      id: entry.id,
      body: doc('First line, written at home.', 'Last line.'),
    });
    updateEntry(b.ctx.db, { id: entry.id, body: doc('First line.', 'Last line, from the train.') });
    await settle(a, b);

    const expected = doc('First line, written at home.', 'Last line, from the train.');
    expect(getEntry(a.ctx.db, entry.id).body).toEqual(expected);
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(expected);
    // The text each computer had before the merge is kept in its history.
    expect(listVersions(b.ctx.db, entry.id).length).toBeGreaterThan(0);
  });

  it('merges an edit saved from an editor still showing the text from before a merge', async () => {
    const { a, b, entry } = await twoWithEntry(doc('Plan for Monday.', 'Call Sam.'));
    // b's window opens the entry now and keeps it open.
    const editor = openEditor(b, entry.id);
    updateEntry(a.ctx.db, {
      id: entry.id,
      body: doc('Plan for Monday.', 'Call Sam.', 'Book the venue.'),
    });
    await a.sync();
    await b.sync();
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(
      doc('Plan for Monday.', 'Call Sam.', 'Book the venue.'),
    );
    // The open editor saves what it shows plus the person's typing, twice (autosave).
    expect(editor.shown).toEqual(doc('Plan for Monday.', 'Call Sam.'));
    editor.save(doc('Plan for Monday and.', 'Call Sam.'));
    await b.sync();
    editor.save(doc('Plan for Monday and Tuesday.', 'Call Sam.'));
    await settle(a, b);
    const merged = doc('Plan for Monday and Tuesday.', 'Call Sam.', 'Book the venue.');
    expect(getEntry(a.ctx.db, entry.id).body).toEqual(merged);
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(merged);
    // Once the window shows the merged text (it was opened again), edits are taken as they are.
    const reopened = openEditor(b, entry.id);
    reopened.save(doc('Plan for Monday and Tuesday.', 'Call Sam.', 'Book the venue by Friday.'));
    await b.sync();
    reopened.save(doc('Plan for Monday and Tuesday.', 'Book the venue by Friday.'));
    await settle(a, b);
    expect(getEntry(a.ctx.db, entry.id).body).toEqual(
      doc('Plan for Monday and Tuesday.', 'Book the venue by Friday.'),
    );
  });

  it('settles a date changed on both computers on one value', async () => {
    const { a, b } = await twoComputers();
    const entry = createEntry(a.ctx.db, { entryDate: '2026-01-01', body: doc('x') });
    await settle(a, b);
    updateEntry(a.ctx.db, { id: entry.id, entryDate: '2026-02-02' });
    updateEntry(b.ctx.db, { id: entry.id, entryDate: '2026-03-03' });
    await settle(a, b);
    const date = getEntry(a.ctx.db, entry.id).entryDate;
    expect(['2026-02-02', '2026-03-03']).toContain(date);
    expect(getEntry(b.ctx.db, entry.id).entryDate).toBe(date);
  });

  it('sends an entry deleted for good as a tombstone, and never deletes a live entry for it', async () => {
    let clock = new Date('2026-01-01T10:00:00Z');
    const { a, b } = await twoComputers({ now: () => clock });
    const kept = createEntry(a.ctx.db, { body: doc('kept') }, clock);
    const gone = createEntry(a.ctx.db, { body: doc('gone') }, clock);
    trashEntry(a.ctx.db, gone.id, clock);
    await settle(a, b);
    clock = new Date('2026-06-01T10:00:00Z');
    expect(purgeExpiredTrash(a.ctx.db, clock)).toBe(1);
    await settle(a, b);
    expect(() => getEntry(b.ctx.db, gone.id)).toThrow(/no longer exists/);
    expect(getEntry(b.ctx.db, kept.id).body).toEqual(doc('kept'));
  });

  it('skips partial and tampered files, says so, and removes nothing', async () => {
    const { folder, a, b } = await twoComputers();
    const first = createEntry(a.ctx.db, { body: doc('one') });
    await a.sync();
    const second = createEntry(a.ctx.db, { body: doc('two') });
    await a.sync();
    const own = join(folder, 'waymark-sync', 'device-a');
    const [oldest, newest] = readdirSync(own).sort();
    const bytes = readFileSync(join(own, newest!));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 1, bytes.length - 20); // tampered
    writeFileSync(join(own, newest!), bytes);
    writeFileSync(join(own, '0000000099.upd'), readFileSync(join(own, oldest!)).subarray(0, 30)); // partial

    const report = await b.sync();
    expect(report.skipped).toHaveLength(2);
    expect(report.skipped[0]).toMatch(/could not be read.*nothing was removed/);
    expect(getEntry(b.ctx.db, first.id).body).toEqual(doc('one'));
    expect(() => getEntry(b.ctx.db, second.id)).toThrow();
    expect(readdirSync(own)).toHaveLength(3);
  });

  it('refuses a wrong passphrase in words', async () => {
    const folder = sharedFolder();
    await replica(folder, 'device-a', { passphrase: 'the right one' });
    const attempt = keyForTarget(folderTransport(folder), 'a wrong one', TEST_COST);
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(attempt).rejects.toThrow(/not the one the sync folder was set up with/);
  });

  it('merges files that arrive late and out of order', async () => {
    const folder = sharedFolder();
    const a = await replica(folder, 'device-a');
    const entry = createEntry(a.ctx.db, { body: doc('v1') });
    await a.sync();
    updateEntry(a.ctx.db, { id: entry.id, body: doc('v1', 'v2') });
    await a.sync();
    updateEntry(a.ctx.db, { id: entry.id, body: doc('v1', 'v2', 'v3') });
    await a.sync();
    const own = join(folder, 'waymark-sync', 'device-a');
    const files = readdirSync(own).sort();
    // Hold back the first two files: the other computer sees only the newest at first.
    const held = files.slice(0, 2).map((name) => [name, readFileSync(join(own, name))] as const);
    // Another copy of the folder that a's files reach one by one, newest first.
    const laterFolder = sharedFolder();
    const target = join(laterFolder, 'waymark-sync');
    mkdirSync(join(target, 'device-a'), { recursive: true });
    writeFileSync(join(target, 'keyinfo'), readFileSync(join(folder, 'waymark-sync', 'keyinfo')));
    writeFileSync(join(target, 'device-a', files[2]!), readFileSync(join(own, files[2]!)));
    const b = await replica(laterFolder, 'device-b');
    const run = () => b.sync();
    await run();
    expect(() => getEntry(b.ctx.db, entry.id)).toThrow(); // its creation has not arrived
    writeFileSync(join(target, 'device-a', held[1]![0]), held[1]![1]);
    await run();
    writeFileSync(join(target, 'device-a', held[0]![0]), held[0]![1]);
    await run();
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(doc('v1', 'v2', 'v3'));
  });
});
