import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOURNAL_FILE } from '../../../src-main/core/data-dir';
import { openJournal } from '../../../src-main/core/open-journal';
import { updateEntry } from '../../../src-main/journal/service';
import { docFromParagraphs } from '../../../src-main/shared/rich-text';
import { keyForTarget, markAllDirty, syncOnce } from '../../../src-main/sync/engine';
import { folderTransport } from '../../../src-main/sync/folder-transport';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { summarise } from '../stats';
import type { CoreContext } from './context';

/**
 * Sync through a folder, on a copy of the seeded journal (the seed is never changed): the first
 * sync of every entry to an empty folder, the same folder onto a second, empty computer, and then
 * one edit sent from the first and merged into the second.
 */
export const syncBenchmark: Benchmark<CoreContext> = {
  name: 'sync',
  async run(ctx) {
    const work = mkdtempSync(join(tmpdir(), 'waymark-bench-sync-'));
    try {
      const first = join(work, 'first');
      mkdirSync(first);
      for (const suffix of ['', '-wal', '-shm']) {
        const file = join(ctx.dataDir, JOURNAL_FILE + suffix);
        if (existsSync(file)) copyFileSync(file, join(first, JOURNAL_FILE + suffix));
      }
      const a = openJournal({ dataDir: first, host: 'web' });
      const b = openJournal({ dataDir: join(work, 'second'), host: 'web' });
      try {
        const transport = folderTransport(join(work, 'folder'));
        mkdirSync(join(work, 'folder'));
        const key = await keyForTarget(transport, 'bench passphrase');
        const peer = (journal: typeof a, deviceId: string) => ({
          db: journal.db,
          transport,
          key,
          deviceId,
          now: () => new Date(),
        });
        markAllDirty(a.db);
        let started = performance.now();
        const sent = await syncOnce(peer(a, 'first'));
        const firstSync = performance.now() - started;
        started = performance.now();
        const received = await syncOnce(peer(b, 'second'));
        const secondSync = performance.now() - started;
        if (received.received !== sent.sent) {
          throw new Error(
            `Sent ${sent.sent} records, the second computer took ${received.received}.`,
          );
        }
        const ids = ctx.entryIds;
        const runs = ctx.quick ? 5 : 20;
        const steady: number[] = [];
        for (let i = 0; i < runs; i++) {
          const id = ids[i % ids.length] as string;
          updateEntry(a.db, {
            id,
            body: docFromParagraphs([`Edited for the benchmark, round ${i}.`]),
          });
          started = performance.now();
          await syncOnce(peer(a, 'first'));
          await syncOnce(peer(b, 'second'));
          steady.push(performance.now() - started);
        }
        const records = `${sent.sent.toLocaleString('en')} records (entries, aspirations, goals)`;
        /** A whole sync of every record, timed once, in seconds, within a minute. */
        const wholeSync = (id: string, metric: string, ms: number) =>
          measured(id, metric, 's', summarise([ms / 1000]), { stat: 'median', max: 60 }, records);
        return [
          wholeSync('core.syncFirst', 'First sync to an empty folder', firstSync),
          wholeSync('core.syncJoin', '  …onto a second, empty computer', secondSync),
          measured(
            'core.syncEdit',
            'One edit sent and merged on the other computer',
            'ms',
            summarise(steady),
            { stat: 'p95', max: 1000 },
            'after the debounce: both rounds, the folder on this disk',
          ),
        ];
      } finally {
        a.session.close();
        b.session.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
