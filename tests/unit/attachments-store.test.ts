import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src-main/attachments/detect';
import {
  addAttachment,
  readAttachment,
  removeUnusedAttachments,
  UNUSED_GRACE_MS,
} from '../../src-main/attachments/service';
import { ATTACHMENT_MAX_BYTES } from '../../src-main/contract/attachments';
import type { Result } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { snapshotRepository } from '../../src-main/journal/history-repository';
import { createEntry, trashEntry, updateEntry } from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import { TRASH_DAYS } from '../../src-main/shared/trash';
import { docWith, fileCard, pdfBytes, picture, pngBytes } from './attachment-fixtures';
import { tempJournal } from './helpers';

const T0 = new Date('2025-03-01T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 86_400_000;

function count(ctx: ReturnType<typeof tempJournal>): number {
  return (ctx.db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('keeping pictures and files', () => {
  it('keeps the same bytes once, under the name they were first added with', async () => {
    const ctx = tempJournal();
    const png = pngBytes();
    const first = await addAttachment(ctx.db, { name: 'talk.png', bytes: png }, T0);
    const again = await addAttachment(ctx.db, { name: 'copy of talk.png', bytes: png }, T0);
    expect(first).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      name: 'talk.png',
      mime: 'image/png',
      kind: 'picture',
      size: png.length,
    });
    expect(again).toEqual(first);
    expect(count(ctx)).toBe(1);
    expect(readAttachment(ctx.db, first.sha256)?.bytes.equals(png)).toBe(true);
    expect(readAttachment(ctx.db, 'not-a-hash')).toBeNull();
  });

  it('decides the kind from the bytes and refuses a name that claims another kind', async () => {
    await expect(detectKind('offer.pdf', pdfBytes())).resolves.toEqual({
      mime: 'application/pdf',
      kind: 'file',
    });
    await expect(detectKind('report.pdf', pngBytes())).rejects.toThrow(
      '“report.pdf” was not added: its name says .pdf, but its content is a PNG picture. Rename it to .png and add it again.',
    );
    await expect(detectKind('cat.png', Buffer.from('#!/bin/sh\nrm -rf ~\n'))).rejects.toThrow(
      '“cat.png” was not added: its name says it is a PNG picture, but its content is not.',
    );
    // SVG and HTML may hold script: kept as files, never drawn.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await expect(detectKind('logo.svg', svg)).resolves.toMatchObject({ kind: 'file' });
    await expect(
      detectKind('page.html', Buffer.from('<script>alert(1)</script>')),
    ).resolves.toEqual({
      mime: 'text/html',
      kind: 'file',
    });
    // A picture without a name that says so is still a picture: its bytes decide.
    await expect(detectKind('clipboard', pngBytes())).resolves.toMatchObject({ kind: 'picture' });
    // Programs are kept but marked so that nothing ever opens them.
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    await expect(detectKind('setup.exe', exe)).resolves.toMatchObject({ kind: 'program' });
    await expect(detectKind('run.sh', Buffer.from('#!/bin/sh\necho hi\n'))).resolves.toMatchObject({
      kind: 'program',
    });
  });

  it('refuses an empty file or one over the limit in words, and writes nothing', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const empty = await router.call('attachments:begin', { name: 'blank.png', size: 0 });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.error.message).toBe(
        '“blank.png” is empty (0 bytes), so there is nothing to keep.',
      );
    }
    const huge = await router.call('attachments:begin', {
      name: 'holiday.mov',
      size: ATTACHMENT_MAX_BYTES + 1,
    });
    expect(huge.ok).toBe(false);
    if (!huge.ok) {
      expect(huge.error.message).toBe(
        '“holiday.mov” is 101 MB; Waymark keeps pictures and files up to 100 MB.',
      );
    }
    await expect(addAttachment(ctx.db, { name: 'x.png', bytes: Buffer.alloc(0) })).rejects.toThrow(
      'is empty',
    );
    const script = await router.call('attachments:begin', { name: 'cat.png', size: 5 });
    const { uploadId } = ok<{ uploadId: string }>(script);
    ok(
      await router.call('attachments:part', {
        uploadId,
        data: Buffer.from('echo!').toString('base64'),
      }),
    );
    const refused = await router.call('attachments:finish', { uploadId });
    expect(refused.ok).toBe(false);
    expect(count(ctx)).toBe(0);
  });

  it('adds a file sent in parts, and refuses more bytes than were announced', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const pdf = pdfBytes('a long offer letter '.repeat(50));
    const { uploadId } = ok<{ uploadId: string }>(
      await router.call('attachments:begin', { name: 'offer.pdf', size: pdf.length }),
    );
    const half = Math.floor(pdf.length / 2);
    for (const part of [pdf.subarray(0, half), pdf.subarray(half)]) {
      ok(await router.call('attachments:part', { uploadId, data: part.toString('base64') }));
    }
    const added = ok<{ sha256: string; kind: string }>(
      await router.call('attachments:finish', { uploadId }),
    );
    expect(added.kind).toBe('file');
    expect(readAttachment(ctx.db, added.sha256)?.bytes.equals(pdf)).toBe(true);

    const second = ok<{ uploadId: string }>(
      await router.call('attachments:begin', { name: 'small.pdf', size: 4 }),
    );
    const tooMuch = await router.call('attachments:part', {
      uploadId: second.uploadId,
      data: pdf.toString('base64'),
    });
    expect(tooMuch.ok).toBe(false);
    expect(count(ctx)).toBe(1);
  });

  it('takes a large part as raw bytes quickly, as the desktop bridge sends it', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const pdf = Buffer.concat([pdfBytes(), Buffer.alloc(8 * 1024 * 1024 - pdfBytes().length)]);
    const { uploadId } = ok<{ uploadId: string }>(
      await router.call('attachments:begin', { name: 'scan.pdf', size: pdf.length }),
    );
    const started = performance.now();
    ok(await router.call('attachments:part', { uploadId, data: new Uint8Array(pdf) }));
    // Checking the payload's nesting once walked all 8 million bytes one by one (seconds).
    expect(performance.now() - started).toBeLessThan(1000);
    const added = ok<{ sha256: string }>(await router.call('attachments:finish', { uploadId }));
    expect(readAttachment(ctx.db, added.sha256)?.bytes.equals(pdf)).toBe(true);
  });

  it('refuses a picture in the text that is not kept in the journal', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const result = await router.call('journal:create', {
      body: {
        type: 'doc',
        content: [{ type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain('A picture or file must be one kept in the journal');
  });
});

describe('what refers to a picture or file', () => {
  it('never removes one that a live entry, a trashed entry or a kept version refers to', async () => {
    let now = T0;
    const ctx = tempJournal({ now: () => now });
    const add = async (name: string, color: [number, number, number]) =>
      (await addAttachment(ctx.db, { name, bytes: pngBytes(name, color) }, T0)).sha256;
    const live = await add('live.png', [1, 2, 3]);
    const onlyInHistory = await add('history.png', [4, 5, 6]);
    const inTrash = await add('trash.png', [7, 8, 9]);
    const unused = await add('unused.png', [10, 11, 12]);
    const pdf = (await addAttachment(ctx.db, { name: 'cv.pdf', bytes: pdfBytes() }, T0)).sha256;

    const kept = createEntry(
      ctx.db,
      { body: docWith('Talk day', picture(live, 'Me on stage'), picture(onlyInHistory)) },
      T0,
    );
    // Ten minutes on, the second picture is taken out: the version before the change keeps it.
    updateEntry(
      ctx.db,
      {
        id: kept.id,
        body: docWith('Talk day', picture(live, 'Me on stage'), fileCard(pdf, 'cv.pdf')),
      },
      later(10 * 60_000),
    );
    expect(snapshotRepository(ctx.db).latest(kept.id)?.body_json).toContain(onlyInHistory);
    const trashed = createEntry(ctx.db, { body: docWith('Old', picture(inTrash)) }, T0);
    trashEntry(ctx.db, trashed.id, T0);

    now = later(2 * DAY);
    expect(removeUnusedAttachments(ctx.db, now)).toBe(1);
    for (const sha of [live, onlyInHistory, inTrash, pdf]) {
      expect(readAttachment(ctx.db, sha), sha).not.toBeNull();
    }
    expect(readAttachment(ctx.db, unused)).toBeNull();

    // Emptying the trash lets go of what only the purged entry held.
    purgeExpiredTrash(ctx.db, later((TRASH_DAYS + 1) * DAY));
    expect(readAttachment(ctx.db, inTrash)).toBeNull();
    expect(readAttachment(ctx.db, onlyInHistory)).not.toBeNull();

    // Pruning history lets go of what only the pruned versions held.
    snapshotRepository(ctx.db).prune(kept.id, 0);
    removeUnusedAttachments(ctx.db, later(40 * DAY));
    expect(readAttachment(ctx.db, onlyInHistory)).toBeNull();
    expect(readAttachment(ctx.db, live)).not.toBeNull();
    expect(readAttachment(ctx.db, pdf)).not.toBeNull();
  });

  it('leaves bytes just added alone until the entry holding them is saved', async () => {
    const ctx = tempJournal();
    const { sha256 } = await addAttachment(ctx.db, { name: 'new.png', bytes: pngBytes() }, T0);
    expect(removeUnusedAttachments(ctx.db, later(UNUSED_GRACE_MS - 1))).toBe(0);
    // Added again much later (dedupe): the grace starts over.
    await addAttachment(ctx.db, { name: 'new.png', bytes: pngBytes() }, later(10 * DAY));
    expect(removeUnusedAttachments(ctx.db, later(10 * DAY + 1000))).toBe(0);
    expect(readAttachment(ctx.db, sha256)).not.toBeNull();
  });

  it('searches a picture’s description and caption and a file’s name', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const png = await addAttachment(ctx.db, { name: 'a.png', bytes: pngBytes() });
    const pdf = await addAttachment(ctx.db, { name: 'b.pdf', bytes: pdfBytes() });
    ok(
      await router.call('journal:create', {
        body: docWith(
          'Conference',
          picture(png.sha256, 'Speaker on a purple stage', 'Keynote at Lisbon'),
          fileCard(pdf.sha256, 'northwind-offer.pdf'),
        ),
      }),
    );
    for (const text of ['purple', 'Lisbon', 'northwind']) {
      const found = ok<{ results: unknown[] }>(await router.call('search:query', { text }));
      expect(found.results, text).toHaveLength(1);
    }
  });
});

describe('pictures and files in a Waymark archive', () => {
  it('travel with the export and come back byte for byte', async () => {
    const { archiveToText, exportArchive } = await import('../../src-main/archive/export');
    const { importArchive } = await import('../../src-main/archive/import');
    const { createHash } = await import('node:crypto');
    const source = tempJournal();
    const png = pngBytes('archive picture');
    const pdf = pdfBytes('archive file');
    const a = await addAttachment(source.db, { name: 'a.png', bytes: png }, T0);
    const b = await addAttachment(source.db, { name: 'b.pdf', bytes: pdf }, T0);
    createEntry(
      source.db,
      { body: docWith('Both', picture(a.sha256, 'A'), fileCard(b.sha256, 'b.pdf')) },
      T0,
    );
    const text = archiveToText(exportArchive(source.db, T0, '0.1.0'));

    const target = tempJournal();
    importArchive(target.db, text);
    for (const [sha, bytes] of [
      [a.sha256, png],
      [b.sha256, pdf],
    ] as const) {
      const restored = readAttachment(target.db, sha);
      expect(
        createHash('sha256')
          .update(restored?.bytes ?? '')
          .digest('hex'),
      ).toBe(sha);
      expect(restored?.bytes.equals(bytes)).toBe(true);
    }
    // The restored entry refers to them, so they are not collected as unused.
    expect(removeUnusedAttachments(target.db, later(365 * DAY))).toBe(0);
  });
});
