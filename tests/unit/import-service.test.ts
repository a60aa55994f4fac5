import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import type { ImportPreview, ImportProgress } from '../../src-main/contract';
import { sourceFilesAt } from '../../src-main/import/fs-source';
import { importedFrom } from '../../src-main/import/provenance';
import { readSource } from '../../src-main/import/read-source';
import { previewImport, runImport, type RunProgress } from '../../src-main/import/service';
import type { ImportItem } from '../../src-main/import/types';
import { getEntry, listEntries } from '../../src-main/journal/service';
import { search } from '../../src-main/search/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { listTags, tagsOfEntry } from '../../src-main/tags/service';
import { tempJournal, totalChanges } from './helpers';
import { dayOneJson, dayOneZip, FIXTURES, joplinJex, memoryFiles } from './import-fixtures';
import { inTimeZone } from './timezones';

const now = new Date('2025-06-01T12:00:00Z');

/** The committed vault, read on a UTC calendar (without onProgress the read never yields). */
function vault() {
  return inTimeZone('UTC', () => readSource(sourceFilesAt(join(FIXTURES, 'vault')), { now }));
}

function item(n: number, overrides: Partial<ImportItem> = {}): ImportItem {
  return {
    kind: 'markdown',
    origin: `notes/note-${n}.md`,
    sourceKey: `markdown:notes/note-${n}.md`,
    contentKey: `content-${n}`,
    entryDate: `2024-01-${String(n).padStart(2, '0')}`,
    createdAt: null,
    updatedAt: null,
    body: docFromParagraphs([`Note ${n}`, `zebra${n} crossing`]),
    tags: [`batch-tag-${n}`],
    ...overrides,
  };
}

describe('previewing an import', () => {
  it('counts new entries, tags and dates, lists unreadable files, and writes nothing', async () => {
    const ctx = tempJournal();
    const before = totalChanges(ctx);
    const preview = previewImport(ctx.db, await vault());
    expect(preview).toEqual({
      entries: 4,
      skipped: 0,
      tags: ['career', 'mentoring', 'reading', 'retro', 'review', 'team/leads'],
      dateRange: { from: '2024-01-20', to: '2024-04-02' },
      kinds: ['markdown'],
      // The retro's whiteboard picture is brought in, so no file is left out.
      pictures: 1,
      files: 0,
      problems: [
        { path: 'Broken front matter.md', reason: expect.stringMatching(/front matter/) },
        { path: 'Old notes/latin1-letter.md', reason: expect.stringMatching(/not UTF-8/) },
      ],
      leftOut: 0,
    });
    expect(totalChanges(ctx)).toBe(before);
    expect(listEntries(ctx.db)).toEqual([]);
  });
});

describe('importing', () => {
  it('writes entries with their dates, text, tags and origin, searchable at once', async () => {
    const ctx = tempJournal();
    const parsed = await vault();
    const progress: RunProgress[] = [];
    const result = await runImport(ctx.db, parsed.items, {
      now: () => now,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({
      state: 'done',
      total: 4,
      processed: 4,
      imported: 4,
      skipped: 0,
      failure: null,
    });
    expect(progress.at(-1)).toMatchObject({ processed: 4, imported: 4 });

    const entries = listEntries(ctx.db);
    expect(entries.map((e) => [e.entryDate, e.title])).toEqual([
      [
        '2024-04-02',
        'Short day. Read two chapters on creative direction and sketched the portfolio layout.',
      ],
      ['2024-03-05', 'Offsite retro'],
      ['2024-02-12', 'Mentoring plan'],
      ['2024-01-20', 'Promotion case: associate art director'],
    ]);
    const [hit] = search(ctx.db, { text: 'kaleidoscope' }).results;
    const retro = entries[1]!;
    expect(hit?.refId).toBe(retro.id);
    expect(search(ctx.db, { text: 'boathouse', tag: 'team/leads' }).results).toHaveLength(1);
    expect(tagsOfEntry(ctx.db, retro.id)).toEqual(['retro', 'team/leads']);
    expect(importedFrom(ctx.db, retro.id)).toEqual({
      kind: 'markdown',
      origin: '2024-03-05 Offsite retro.md',
      importedAt: now.toISOString(),
    });
    const promotion = getEntry(ctx.db, entries[3]!.id);
    expect(promotion.createdAt).toBe('2024-01-20T23:30:00.000Z');
    expect(promotion.updatedAt).toBe('2024-01-21T08:15:00.000Z');
    const mentoring = getEntry(ctx.db, entries[2]!.id);
    expect(mentoring.createdAt).toBe(now.toISOString());
  });

  it('adds nothing twice when the same notes are imported again, from any folder', async () => {
    const ctx = tempJournal();
    await runImport(ctx.db, (await vault()).items, { now: () => now });
    const again = await vault();
    expect(previewImport(ctx.db, again)).toMatchObject({
      entries: 0,
      skipped: 4,
      tags: [],
      dateRange: null,
    });
    const result = await runImport(ctx.db, again.items, { now: () => now });
    expect(result).toMatchObject({ imported: 0, skipped: 4 });
    // The same notes chosen through a parent folder have other paths, but the same date and text.
    const moved = again.items.map((i) => ({
      ...i,
      origin: `vault/${i.origin}`,
      sourceKey: `markdown:vault/${i.origin}`,
    }));
    expect((await runImport(ctx.db, moved, { now: () => now })).imported).toBe(0);
    expect(listEntries(ctx.db)).toHaveLength(4);
    expect(listTags(ctx.db).find((tag) => tag.name === 'career')?.entryCount).toBe(2);
  });

  it('skips an item repeated within one source', async () => {
    const ctx = tempJournal();
    const result = await runImport(ctx.db, [
      item(1),
      item(1),
      item(2, { contentKey: 'content-1' }),
    ]);
    expect(result).toMatchObject({ imported: 1, skipped: 2 });
  });

  it('undoes only the failing batch, stops there and names the file that caused it', async () => {
    const ctx = tempJournal();
    const items = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      item(n, n === 5 ? { entryDate: 'not a date' } : {}),
    );
    const result = await runImport(ctx.db, items, { batchSize: 3, now: () => now });
    expect(result.state).toBe('failed');
    expect(result.failure?.path).toBe('notes/note-5.md');
    expect(result.failure?.message).toMatch(/could not store it/);
    expect(result).toMatchObject({ imported: 3, processed: 3 });
    expect(
      listEntries(ctx.db)
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Note 1', 'Note 2', 'Note 3']);
    // Nothing of the undone batch is left behind: no entry, tag, origin or search document.
    expect(search(ctx.db, { text: 'zebra4' }).results).toEqual([]);
    expect(listTags(ctx.db).map((tag) => tag.name)).toEqual([
      'batch-tag-1',
      'batch-tag-2',
      'batch-tag-3',
    ]);
    const count = (table: string) =>
      (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('import_sources')).toBe(3);
    expect(count('tags')).toBe(3);
    expect(count('search_documents')).toBe(3);

    // Once the file is fixed, importing again adds the rest and skips what is in.
    const fixed = items.map((i, index) => (index === 4 ? item(5) : i));
    expect(await runImport(ctx.db, fixed, { batchSize: 3 })).toMatchObject({
      state: 'done',
      imported: 4,
      skipped: 3,
    });
  });

  it('stops between batches when cancelled, keeping what was written', async () => {
    const ctx = tempJournal();
    let batches = 0;
    const result = await runImport(
      ctx.db,
      [1, 2, 3, 4, 5].map((n) => item(n)),
      {
        batchSize: 2,
        onProgress: () => batches++,
        isCancelled: () => batches >= 1,
      },
    );
    expect(result).toMatchObject({ state: 'cancelled', imported: 2, processed: 2, total: 5 });
    expect(listEntries(ctx.db)).toHaveLength(2);
  });

  it('imports Day One and Joplin exports with their tags, and skips them the second time', async () => {
    const ctx = tempJournal();
    const files = memoryFiles({ 'dayone.zip': dayOneZip(), 'joplin.jex': joplinJex() });
    const parsed = await readSource(files, { now });
    expect(previewImport(ctx.db, parsed)).toMatchObject({
      entries: 4,
      kinds: ['dayone', 'joplin'],
    });
    await runImport(ctx.db, parsed.items);
    expect(listTags(ctx.db).map((tag) => [tag.name, tag.entryCount])).toEqual([
      ['career', 1],
      ['Portfolio', 1],
      ['Reflection', 1],
      ['starred', 1],
    ]);
    expect(search(ctx.db, { text: 'recruiter' }).results).toHaveLength(1);
    const json = await readSource(memoryFiles({ 'Journal.json': dayOneJson() }), { now });
    expect(await runImport(ctx.db, json.items)).toMatchObject({ imported: 0, skipped: 2 });
  });
});

describe('importing through the channels (browser edition)', () => {
  const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

  async function call<T>(
    router: ReturnType<typeof createAppRouter>,
    channel: string,
    payload: unknown,
  ): Promise<T> {
    const result = await router.call(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  it('uploads files in parts, previews, imports with progress, then finds the text', async () => {
    const ctx = tempJournal({ now: () => now });
    const router = createAppRouter(ctx);
    const note = '# Studio visit\n\nThe marimba demo was the highlight. #visits';
    const first = await call<{ sessionId: string }>(router, 'import:upload', {
      files: [{ path: '2024-05-01 Visit.md', data: b64(note.slice(0, 10)), mtimeMs: 0 }],
      leftOut: 3,
    });
    await call(router, 'import:upload', {
      sessionId: first.sessionId,
      files: [
        { path: '2024-05-01 Visit.md', data: b64(note.slice(10)), append: true },
        { path: 'bad.md', data: b64(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0xd8])) },
      ],
    });
    const preview = await call<ImportPreview>(router, 'import:preview', {
      sessionId: first.sessionId,
    });
    expect(preview).toMatchObject({
      entries: 1,
      tags: ['visits'],
      leftOut: 3,
      dateRange: { from: '2024-05-01', to: '2024-05-01' },
    });
    expect(preview.problems.map((problem) => problem.path)).toEqual(['bad.md']);
    expect(listEntries(ctx.db)).toEqual([]);

    const started = await call<ImportProgress>(router, 'import:start', {
      sessionId: first.sessionId,
    });
    expect(started.state).toBe('running');
    let progress = started;
    for (let i = 0; i < 100 && progress.state === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = await call<ImportProgress>(router, 'import:progress', {
        sessionId: first.sessionId,
      });
    }
    expect(progress).toMatchObject({
      state: 'done',
      imported: 1,
      skipped: 0,
      failed: 1,
      total: 1,
      processed: 1,
    });
    const found = await call<{ results: { title: { text: string } }[] }>(router, 'search:query', {
      text: 'marimba',
    });
    expect(found.results.map((result) => result.title.text)).toEqual(['Studio visit']);
    expect(await call(router, 'import:discard', { sessionId: first.sessionId })).toEqual({
      discarded: true,
    });
    const gone = await router.call('import:progress', { sessionId: first.sessionId });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Discarding it again, or a session that never was, is refused like any other missing id.
    for (const sessionId of [first.sessionId, '00000000-0000-4000-8000-000000000000']) {
      expect(await router.call('import:discard', { sessionId })).toMatchObject({
        ok: false,
        error: { code: 'not_found', fields: [{ path: 'sessionId' }] },
      });
    }
  });

  it('refuses to start before the preview, and cancels an upload that never started', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const { sessionId } = await call<{ sessionId: string }>(router, 'import:upload', {
      files: [{ path: 'a.md', data: b64('A') }],
    });
    expect(await router.call('import:start', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call(router, 'import:cancel', { sessionId })).toMatchObject({
      state: 'cancelled',
    });
    expect(await router.call('import:preview', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('says where an entry came from, and null for one written in Waymark', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const written = await call<{ id: string }>(router, 'journal:create', {});
    expect(await call(router, 'import:sourceOf', { entryId: written.id })).toBeNull();
    expect(await router.call('import:sourceOf', { entryId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
