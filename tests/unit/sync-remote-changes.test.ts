import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { createEntry, getEntry, updateEntry } from '../../src-main/journal/service';
import { collectLocal } from '../../src-main/sync/collect';
import { createAspiration } from '../../src-main/plan/aspirations';
import { syncStatus } from '../../src-main/sync/service';
import { tagsAfter } from '../../src-renderer/features/sync/follow-sync';
import { openEditor, replica, settle, sharedFolder, twoWithEntry } from './sync-helpers';

const lines = (...texts: string[]): RichTextNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

const changesOf = (db: Parameters<typeof syncStatus>[0]) => syncStatus(db, false).remoteChanges;

describe('the count of changes merged from other computers', () => {
  it('goes up only with a round that changed the journal, and says which tags it touched', async () => {
    const folder = sharedFolder();
    let clock = new Date('2026-05-01T09:00:00Z');
    const a = await replica(folder, 'device-a');
    const b = await replica(folder, 'device-b', { now: () => clock });
    await settle(a, b);
    expect(changesOf(b.ctx.db)).toEqual({ seq: 0, at: null, tags: {} });

    createEntry(a.ctx.db, {
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }],
      },
    });
    await a.sync();
    await b.sync();
    const first = changesOf(b.ctx.db);
    expect(first.seq).toBe(1);
    expect(first.at).toBe('2026-05-01T09:00:00.000Z');
    expect(first.tags).toMatchObject({ journal: 1, entry: 1, search: 1 });
    expect(first.tags.plan).toBeUndefined();

    // Nothing new: no round is counted, so the window reads nothing again.
    clock = new Date('2026-05-01T09:05:00Z');
    await b.sync();
    expect(changesOf(b.ctx.db)).toEqual(first);
    // Its own changes, sent to others, are not news to this window.
    createEntry(b.ctx.db, { body: { type: 'doc', content: [] } });
    await b.sync();
    expect(changesOf(b.ctx.db)).toEqual(first);

    createAspiration(a.ctx.db, { title: 'Lead a design team' });
    await a.sync();
    await b.sync();
    const second = changesOf(b.ctx.db);
    expect(second).toMatchObject({ seq: 2, at: '2026-05-01T09:05:00.000Z' });
    expect(second.tags).toMatchObject({ plan: 2, journal: 1 });
    // A window that saw round 1 reads again what round 2 touched; one that saw none, both.
    expect(tagsAfter(second, 1)).toContain('plan');
    expect(tagsAfter(second, 1)).not.toContain('journal');
    expect(tagsAfter(second, 0)).toEqual(expect.arrayContaining(['plan', 'journal']));
  });

  it("counts a save made on an older view that sync merged with the other computer's words", async () => {
    const { a, b, entry } = await twoWithEntry(lines('Offer', 'Answer by Friday.'));
    const editor = openEditor(b, entry.id);
    updateEntry(a.ctx.db, {
      id: entry.id,
      body: lines('Offer (design lead)', 'Answer by Friday.'),
    });
    await a.sync();
    await b.sync();
    const merged = changesOf(b.ctx.db).seq;
    // The window still showed the text from before that merge, and saves it with its typing.
    editor.save(lines('Offer', 'Answer by Friday. Call Monday.'));
    collectLocal(b.ctx.db);
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(
      lines('Offer (design lead)', 'Answer by Friday. Call Monday.'),
    );
    expect(changesOf(b.ctx.db)).toMatchObject({ seq: merged + 1, tags: { entry: merged + 1 } });
  });
});
