import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RichTextNode } from '../../../src-main/contract/schemas';
import { getEntry, listEntries, updateEntry } from '../../../src-main/journal/service';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { Random } from '../seed/random';
import { summarise, timeRepeated } from '../stats';
import { withJournal, type CoreContext } from './context';

function edited(body: RichTextNode, run: number): RichTextNode {
  const line = `Edited again on run ${run}: one more thought about the next step.`;
  return {
    ...body,
    content: [
      ...(body.content ?? []),
      { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ],
  };
}

/**
 * An autosave: the edited document through the service, committed with synchronous=FULL. Each save
 * is followed by a bare 4 KB write + fsync to a file beside the journal, so the table shows what
 * the disk alone costs in the same moment (a shared machine's disk can be slow for seconds).
 */
export const saveBenchmark: Benchmark<CoreContext> = {
  name: 'save an edited entry',
  run(ctx) {
    return withJournal(ctx, ({ db }) => {
      const synchronous = db.pragma('synchronous', { simple: true });
      if (synchronous !== 2) {
        throw new Error(`Expected synchronous=FULL (2), found ${String(synchronous)}.`);
      }
      const rng = new Random(ctx.seed + 1);
      const { warmup, runs } = ctx.quick ? { warmup: 10, runs: 60 } : { warmup: 20, runs: 300 };
      const probeFile = join(ctx.dataDir, 'disk-probe.bin');
      const probe = openSync(probeFile, 'w');
      const block = Buffer.alloc(4096, 7);
      const saves: number[] = [];
      const syncs: number[] = [];
      try {
        for (let run = 0; run < warmup + runs; run++) {
          const entry = getEntry(db, rng.pick(ctx.entryIds));
          const input = { id: entry.id, body: edited(entry.body, run) };
          let started = performance.now();
          updateEntry(db, input);
          const save = performance.now() - started;
          started = performance.now();
          writeSync(probe, block);
          fsyncSync(probe);
          const sync = performance.now() - started;
          if (run >= warmup) {
            saves.push(save);
            syncs.push(sync);
          }
        }
      } finally {
        closeSync(probe);
        rmSync(probeFile, { force: true });
      }
      return [
        measured(
          'core.save',
          'Save an edited entry (service, synchronous=FULL)',
          'ms',
          summarise(saves),
          { stat: 'p95', max: 10 },
          'plain text, word count, search index and snapshot rules, as the app saves',
        ),
        measured(
          'core.diskSync',
          '  …a bare 4 KB write + fsync on the same disk, same run',
          'ms',
          summarise(syncs),
          null,
          'the least any save that survives a power cut costs on this disk right now',
        ),
      ];
    });
  },
};

/** The newest 50 (a page of the list), and for information the whole list the screen loads today. */
export const listBenchmark: Benchmark<CoreContext> = {
  name: 'list entries',
  run(ctx) {
    return withJournal(ctx, ({ db }) => {
      const page = timeRepeated(
        ctx.quick ? { warmup: 20, runs: 200 } : { warmup: 50, runs: 1000 },
        {
          task: () => listEntries(db, { limit: 50 }),
        },
      );
      const all = timeRepeated(ctx.quick ? { warmup: 2, runs: 10 } : { warmup: 3, runs: 30 }, {
        task: () => listEntries(db),
      });
      return [
        measured('core.list50', 'List the newest 50 entries', 'ms', summarise(page), {
          stat: 'p95',
          max: 5,
        }),
        measured(
          'core.listAll',
          `List every entry's summary (${ctx.entryIds.length.toLocaleString('en')}, what the journal screen loads)`,
          'ms',
          summarise(all),
        ),
      ];
    });
  },
};
