import Database from '../../src-main/db/sqlite';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src-main/core/data-dir';
import { openJournal } from '../../src-main/core/open-journal';
import { checkWal } from '../../src-main/db/wal-check';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { stepOf, type EntryRow } from './child/verify';
import { overwriteWithRandomBytes } from './crash-helpers';
import { tempDir } from './helpers';

/** 200 in `npm test`; `npm run crash-test -- --kills 2000` runs a longer one. */
const KILLS = Number(process.env.WAYMARK_CRASH_KILLS || 200);
/** 40 in `npm test`; `npm run crash-test -- --damage-wal --kills 2000` runs a longer one. */
const DAMAGE_KILLS = Number(process.env.WAYMARK_CRASH_DAMAGE_KILLS || 40);

/**
 * After a kill, the WAL is overwritten with random bytes, as a failing disk or another program
 * might. Opening the journal must land on the recovery screen (never a silent loss), write nothing
 * to either file, and keep both, as found, in the set-aside folder. Then the intact WAL is put back
 * and the lane goes on, so the next kill still checks every confirmed save. Returns whether a WAL
 * worth damaging (one holding at least a frame) was there.
 */
function damageWalAndOpen(dataDir: string, kill: number): boolean {
  const file = join(dataDir, JOURNAL_FILE);
  const wal = `${file}-wal`;
  // A WAL without a whole frame held no save: there is nothing to lose.
  if (!existsSync(wal) || statSync(wal).size < 32 + 24 + 4096) return false;
  const intact = overwriteWithRandomBytes(wal);
  const damaged = readFileSync(wal);
  const journal = readFileSync(file);
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  try {
    expect(ctx.session.problem?.kind, `damaged WAL found after kill ${kill + 1}`).toBe(
      'wal-damaged',
    );
    const [journalCopy, walCopy] = ctx.session.problem?.setAside ?? [];
    expect(readFileSync(journalCopy as string).equals(journal)).toBe(true);
    expect(readFileSync(walCopy as string).equals(damaged)).toBe(true);
  } finally {
    ctx.session.close();
  }
  expect(readFileSync(file).equals(journal), `journal untouched after kill ${kill + 1}`).toBe(true);
  expect(readFileSync(wal).equals(damaged), `WAL untouched after kill ${kill + 1}`).toBe(true);
  writeFileSync(wal, intact);
  rmSync(join(dataDir, 'set-aside'), { recursive: true });
  return true;
}

/**
 * One lane: a data folder whose worker is started and SIGKILLed `kills` times. After every kill the
 * journal must pass `integrity_check`, its WAL must pass Waymark's own check (a crash is never taken
 * for damage), and every save the worker acknowledged must be there, whole. With `damageWal`, the
 * WAL is then damaged and the journal opened (see `damageWalAndOpen`).
 */
async function crashLane(
  script: string,
  kills: number,
  options: { damageWal?: boolean } = {},
): Promise<{ saves: number; damaged: number }> {
  const dataDir = tempDir();
  const file = join(dataDir, JOURNAL_FILE);
  /** id -> the newest step the worker said it saved. */
  const acknowledged = new Map<string, number>();
  let saves = 0;
  let damaged = 0;
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
    expect(checkWal(`${file}-wal`), `WAL after kill ${kill + 1}`).toEqual({ ok: true });
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
    if (options.damageWal && damageWalAndOpen(dataDir, kill)) damaged++;
  }
  return { saves, damaged };
}

/** Lanes run side by side: starting Node is most of the cost, and it waits more than it works. */
function lanesFor(kills: number, lanes = 4): number[] {
  return Array.from(
    { length: lanes },
    (_, i) => Math.floor(kills / lanes) + (i < kills % lanes ? 1 : 0),
  );
}

describe('a crash at any moment', () => {
  it(
    `loses no acknowledged save and never damages the journal (${KILLS} kills)`,
    async () => {
      const script = await workerScript();
      const lanes = await Promise.all(lanesFor(KILLS).map((kills) => crashLane(script, kills)));
      expect(lanes.reduce((sum, lane) => sum + lane.saves, 0)).toBeGreaterThan(KILLS);
    },
    Math.max(120_000, KILLS * 1_000),
  );

  it(
    `followed by a damaged write-ahead log is always found, never a silent loss (${DAMAGE_KILLS} kills)`,
    async () => {
      const script = await workerScript();
      const lanes = await Promise.all(
        lanesFor(DAMAGE_KILLS).map((kills) => crashLane(script, kills, { damageWal: true })),
      );
      expect(lanes.reduce((sum, lane) => sum + lane.saves, 0)).toBeGreaterThan(DAMAGE_KILLS);
      // Most kills leave saves in the WAL; the few that land while opening may not.
      expect(lanes.reduce((sum, lane) => sum + lane.damaged, 0)).toBeGreaterThan(DAMAGE_KILLS / 2);
    },
    Math.max(120_000, DAMAGE_KILLS * 1_500),
  );
});
