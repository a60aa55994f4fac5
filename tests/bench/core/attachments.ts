import { createHash, randomFillSync } from 'node:crypto';
import { photoPng } from '../photo-png';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportMarkdown } from '../../../src-main/archive/markdown-export';
import { attachmentRepository } from '../../../src-main/attachments/repository';
import { addAttachment } from '../../../src-main/attachments/service';
import type { RichTextNode } from '../../../src-main/contract/schemas';
import type { AppContext } from '../../../src-main/core/context';
import { JOURNAL_FILE } from '../../../src-main/core/data-dir';
import { openJournal } from '../../../src-main/core/open-journal';
import { createEntry, updateEntry } from '../../../src-main/journal/service';
import type { Benchmark } from '../benchmark';
import { measured, single } from '../results';
import { summarise, timeRepeated } from '../stats';
import type { CoreContext } from './context';

function picture(sha256: string, alt: string): RichTextNode {
  return {
    type: 'image',
    attrs: { src: `attachment:${sha256}`, alt, caption: '', width: 'medium' },
  };
}

function paragraph(text: string): RichTextNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A fresh journal of its own (the seeded one is left as the other benchmarks expect it). */
function withFreshJournal<T>(use: (journal: AppContext, dataDir: string) => T | Promise<T>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-attachments-'));
  const journal = openJournal({ dataDir, host: 'web', dailyBackup: false });
  const done = () => {
    journal.session.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return Promise.resolve()
    .then(() => use(journal, dataDir))
    .finally(done);
}

/** Saving the text of an entry holding ten pictures never sends or rewrites their bytes. */
export const saveWithPicturesBenchmark: Benchmark<CoreContext> = {
  name: 'save an entry with ten pictures',
  run(ctx) {
    return withFreshJournal(async ({ db }) => {
      const pictures: RichTextNode[] = [];
      for (let i = 0; i < 10; i++) {
        const added = await addAttachment(db, {
          name: `photo-${i}.png`,
          bytes: photoPng(2 * 1024 * 1024, i + 1),
        });
        pictures.push(picture(added.sha256, `Photo ${i + 1} of the offsite`));
      }
      const body = (run: number): RichTextNode => ({
        type: 'doc',
        content: [
          paragraph('Offsite in Lisbon'),
          ...pictures.flatMap((node, i) => [paragraph(`Note ${i} on run ${run}.`), node]),
        ],
      });
      const entry = createEntry(db, { body: body(0) });
      const samples = timeRepeated(
        ctx.quick ? { warmup: 10, runs: 60 } : { warmup: 20, runs: 300 },
        {
          prepare: (run) => body(run + 1),
          task: (next) => updateEntry(db, { id: entry.id, body: next }),
        },
      );
      return [
        measured(
          'attachments.save10',
          'Save an entry with ten pictures (2 MB each)',
          'ms',
          summarise(samples),
          { stat: 'p95', max: 10 },
          'the text only: the pictures are references, their bytes are never rewritten',
        ),
      ];
    });
  },
};

/** Opening is the same whether the journal holds no pictures or gigabytes of them. */
export const openWithAttachmentsBenchmark: Benchmark<CoreContext> = {
  name: 'open a journal with large attachments',
  run(ctx) {
    const total = ctx.quick ? 64 * 1024 ** 2 : 2 * 1024 ** 3;
    const part = 8 * 1024 * 1024;
    return withFreshJournal((journal, dataDir) => {
      const repeat = ctx.quick ? { warmup: 1, runs: 5 } : { warmup: 2, runs: 11 };
      const timeOpen = () =>
        summarise(
          timeRepeated(repeat, {
            task: () => openJournal({ dataDir, host: 'web', dailyBackup: false }),
            cleanup: (opened) => opened.session.close(),
          }),
        );
      createEntry(journal.db, { body: { type: 'doc', content: [paragraph('Before')] } });
      journal.db.pragma('wal_checkpoint(TRUNCATE)');
      journal.session.close();
      const empty = timeOpen();

      const reopened = openJournal({ dataDir, host: 'web', dailyBackup: false });
      try {
        const repository = attachmentRepository(reopened.db);
        const data = Buffer.alloc(part);
        const insert = reopened.db.transaction((index: number) => {
          randomFillSync(data);
          data.writeUInt32BE(index, 0);
          repository.insert({
            sha256: createHash('sha256').update(data).digest('hex'),
            name: `scan-${index}.bin`,
            mime: 'application/octet-stream',
            kind: 'file',
            size: data.length,
            added_at: new Date().toISOString(),
            data,
          });
        });
        for (let index = 0; index < total / part; index++) insert(index);
        reopened.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        reopened.session.close();
      }
      const fileMB = statSync(join(dataDir, JOURNAL_FILE)).size / 1024 ** 2;
      const full = timeOpen();
      // Reopen the caller's journal handle's data folder for withFreshJournal's close (a no-op).
      return [
        measured('attachments.openEmpty', 'Open journal without attachments', 'ms', empty),
        measured(
          'attachments.openLarge',
          `Open journal with ${(total / 1024 ** 3).toFixed(total >= 1024 ** 3 ? 0 : 2)} GB of attachments`,
          'ms',
          full,
          { stat: 'median', max: 150 },
          `${fileMB.toFixed(0)} MB file; must not grow with the attachments' size`,
        ),
        single(
          'attachments.openRatio',
          '  …open time with them ÷ without',
          '×',
          full.median / empty.median,
        ),
      ];
    });
  },
};

/** Markdown export of a journal where every entry holds a picture. */
export const markdownExportBenchmark: Benchmark<CoreContext> = {
  name: 'Markdown export with pictures',
  run(ctx) {
    const count = ctx.quick ? 100 : 1000;
    return withFreshJournal(async (journal, dataDir) => {
      const { db } = journal;
      for (let i = 0; i < count; i++) {
        const added = await addAttachment(db, {
          name: `photo ${i}.png`,
          bytes: photoPng(64 * 1024, i + 1),
        });
        createEntry(db, {
          entryDate: `20${String(10 + Math.floor(i / 365)).padStart(2, '0')}-01-01`,
          body: {
            type: 'doc',
            content: [
              paragraph(`Entry ${i}`),
              paragraph('A day worth remembering, with a picture.'),
              picture(added.sha256, `Picture ${i}`),
            ],
          },
        });
      }
      const samples = timeRepeated(ctx.quick ? { warmup: 0, runs: 2 } : { warmup: 1, runs: 3 }, {
        task: () => exportMarkdown(db, dataDir, new Date()),
        cleanup: (result) => {
          if (result.attachments !== count) {
            throw new Error(`Expected ${count} pictures written, found ${result.attachments}.`);
          }
          rmSync(result.folder, { recursive: true, force: true });
        },
      });
      return [
        measured(
          'attachments.markdownExport',
          `Markdown export: ${count.toLocaleString('en')} entries, ${count.toLocaleString('en')} pictures (64 KB each)`,
          'ms',
          summarise(samples),
        ),
      ];
    });
  },
};
