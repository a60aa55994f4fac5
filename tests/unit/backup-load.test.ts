import Database from '../../src-main/db/sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, createBackup } from '../../src-main/backup/backups';
import { openDatabase } from '../../src-main/db/open';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { stepOf, type EntryRow } from './child/verify';
import { tempDir } from './helpers';

function createdSteps(worker: { lines: string[] }): number {
  return worker.lines.filter((line) => line.startsWith('c ')).length;
}

describe('a backup taken while another process keeps writing', () => {
  it('opens, passes integrity_check and is a consistent snapshot', async () => {
    const script = await workerScript();
    const dataDir = tempDir();
    const worker = startWorker(script, ['save-loop', dataDir]);
    await worker.ready;
    const db = openDatabase(join(dataDir, 'waymark.sqlite'));
    try {
      for (let round = 0; round < 5; round++) {
        const before = createdSteps(worker);
        while (createdSteps(worker) < before + 20) await new Promise((r) => setTimeout(r, 2));
        const acknowledged = createdSteps(worker);
        const info = createBackup(db, dataDir, 'manual', new Date(Date.UTC(2025, 0, 1 + round)));
        const copy = new Database(join(backupsDir(dataDir), info.name), { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(copy.pragma('foreign_key_check')).toEqual([]);
          const rows = copy.prepare('SELECT * FROM entries').all() as EntryRow[];
          // Every entry whole...
          for (const row of rows) expect(stepOf(row), row.id).not.toBeNull();
          // ...and the entries are exactly the first k the worker created: one moment in time.
          const created = rows.map((row) => Number(row.id.split('-').at(-1))).sort((a, b) => a - b);
          const expected = Array.from({ length: 200_000 }, (_, n) => n)
            .filter((n) => n % 4 !== 3)
            .slice(0, created.length);
          expect(created).toEqual(expected);
          // Everything acknowledged before the backup began is in it.
          expect(created.length).toBeGreaterThanOrEqual(acknowledged);
        } finally {
          copy.close();
        }
      }
      // The writer was never stopped by the backups: it goes on saving.
      const after = createdSteps(worker);
      while (createdSteps(worker) < after + 10) await new Promise((r) => setTimeout(r, 2));
    } finally {
      worker.child.kill('SIGKILL');
      await worker.closed;
      db.close();
    }
  });
});
