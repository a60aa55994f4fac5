import { describe, expect, it } from 'vitest';
import { JournalSession } from '../../src-main/core/session';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { workerScript } from './child/build';
import { PASSPHRASE_CYCLE } from './child/payloads';
import { startWorker } from './child/run';
import { tempDir } from './helpers';

const KILLS = 24;
const ENTRIES = 60;

/** Which states of the cycle open the journal now, each tried on a fresh start; and its entries. */
function statesThatOpen(dataDir: string): { states: number[]; entries: string[][] } {
  const states: number[] = [];
  const entries: string[][] = [];
  PASSPHRASE_CYCLE.forEach((key, index) => {
    const session = JournalSession.start({ dataDir, dailyBackup: false });
    try {
      if (session.isLocked !== (key !== null)) return;
      if (key !== null) {
        try {
          session.unlock(key);
        } catch {
          return;
        }
      }
      if (session.problem) return;
      states.push(index);
      entries.push(listEntries(session.db, { limit: 1000 }).map((entry) => entry.id));
    } finally {
      session.close();
    }
  });
  return { states, entries };
}

describe('a crash while the journal is being encrypted, re-keyed or decrypted', () => {
  it(`leaves it whole, with exactly one passphrase state (${KILLS} kills)`, async () => {
    const script = await workerScript();
    const dataDir = tempDir();
    const setup = JournalSession.start({ dataDir, dailyBackup: false });
    const ids: string[] = [];
    for (let n = 0; n < ENTRIES; n++) {
      ids.push(createEntry(setup.db, { body: docFromParagraphs([`Entry ${n} `.repeat(40)]) }).id);
    }
    setup.close();
    const expected = [...ids].sort();

    let acknowledged = 0;
    let conversions = 0;
    // Conversions take tens to hundreds of milliseconds here: land anywhere inside one. On a busy
    // machine they take longer; a kill that came before any finished widens the window.
    let window = 400;
    for (let kill = 0; kill < KILLS; kill++) {
      const worker = startWorker(script, ['convert-loop', dataDir]);
      await worker.ready;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * window));
      worker.child.kill('SIGKILL');
      const lines = (await worker.closed).filter((line) => line.startsWith('s '));
      conversions += lines.length;
      if (lines.length === 0) window = Math.min(window * 1.5, 5_000);
      if (lines.length > 0) acknowledged = Number(lines[lines.length - 1]?.slice(2));

      const { states, entries } = statesThatOpen(dataDir);
      expect(states, `after kill ${kill + 1}: states that open`).toHaveLength(1);
      const [state] = states as [number];
      // The last conversion the worker finished, or the one after it (done, but not yet said).
      expect([acknowledged, (acknowledged + 1) % PASSPHRASE_CYCLE.length]).toContain(state);
      expect([...(entries[0] as string[])].sort(), `after kill ${kill + 1}: entries`).toEqual(
        expected,
      );
      acknowledged = state;
    }
    // The kills did land between conversions as well as inside them.
    expect(conversions).toBeGreaterThan(0);
  }, 180_000);
});
