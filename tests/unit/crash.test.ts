import Database from '../../src-main/db/sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src-main/core/data-dir';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { stepOf, type EntryRow } from './child/verify';
import { tempDir } from './helpers';

/** 200 in `npm test`; `npm run crash-test -- --kills 2000` runs a longer one. */
const KILLS = Number(process.env.WAYMARK_CRASH_KILLS || 200);

/**
 * One lane: a data folder whose worker is started and SIGKILLed `kills` times. After every kill the
 * journal must pass `integrity_check`, and every save the worker acknowledged must be there, whole.
 */
async function crashLane(script: string, kills: number): Promise<number> {
  const dataDir = tempDir();
  const file = join(dataDir, JOURNAL_FILE);
  /** id -> the newest step the worker said it saved. */
  const acknowledged = new Map<string, number>();
  let saves = 0;
  for (let kill = 0; kill < kills; kill++) {
    const worker = startWorker(script, ['save-loop', dataDir]);
    // Mostly mid-save; every tenth kill lands while the worker is still opening the journal.
    if (kill % 10 === 9) await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
    else {
      await worker.ready;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25));
    }
    worker.child.kill('SIGKILL');
    for (const line of await worker.closed) {
      const [kind, n, id] = line.split(' ');
      if (kind !== 'c' && kind !== 'u') continue;
      acknowledged.set(id as string, Math.max(acknowledged.get(id as string) ?? -1, Number(n)));
      saves++;
    }
    // Read-only, so the check never checkpoints or removes the WAL the next worker inherits.
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `after kill ${kill + 1}`).toBe('ok');
      const byId = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE id = ?');
      for (const [id, step] of acknowledged) {
        const row = byId.get(id);
        expect(row, `entry ${id} after kill ${kill + 1}`).toBeDefined();
        const found = stepOf(row as EntryRow);
        expect(found, `entry ${id} is whole after kill ${kill + 1}`).not.toBeNull();
        expect(found as number).toBeGreaterThanOrEqual(step);
      }
    } finally {
      db.close();
    }
  }
  return saves;
}

describe('a crash at any moment', () => {
  it(
    `loses no acknowledged save and never damages the journal (${KILLS} kills)`,
    async () => {
      const script = await workerScript();
      // Lanes run side by side: starting Node is most of the cost, and it waits more than it works.
      const lanes = 4;
      const perLane = Array.from(
        { length: lanes },
        (_, i) => Math.floor(KILLS / lanes) + (i < KILLS % lanes ? 1 : 0),
      );
      const saves = await Promise.all(perLane.map((kills) => crashLane(script, kills)));
      expect(saves.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
    },
    Math.max(120_000, KILLS * 1_000),
  );
});
