import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalSession } from '../../src-main/core/session';
import { WRONG_PASSPHRASE } from '../../src-main/db/errors';
import { checkFile } from '../../src-main/db/integrity';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { tempDir } from './helpers';

/**
 * A process killed in the middle of a write to a journal in rollback-journal mode (the mode an
 * encryption change leaves the file in until it is next opened) leaves a "hot" journal beside it.
 * SQLite rolls it back on the next open, but a read-only connection cannot, and the start checks
 * read through read-only connections: they must still open the journal, as it was before the write.
 */
async function interruptedJournal(passphrase: string | null, threshold?: number) {
  const dataDir = tempDir();
  const setup = JournalSession.start({ dataDir, dailyBackup: false, checkAtOpenBytes: threshold });
  const ids = [0, 1, 2].map(
    (n) => createEntry(setup.db, { body: docFromParagraphs([`Entry ${n}`]) }).id,
  );
  if (passphrase) setup.changeEncryption(null, passphrase);
  setup.close();
  const file = join(dataDir, 'waymark.sqlite');
  const worker = startWorker(await workerScript(), [
    'interrupted-write',
    file,
    ...(passphrase ? [passphrase] : []),
  ]);
  await worker.closed;
  expect(worker.child.signalCode, worker.stderr()).toBe('SIGKILL');
  expect(existsSync(`${file}-journal`), 'a hot journal is left').toBe(true);
  return { dataDir, file, ids };
}

function reopen(dataDir: string, passphrase: string | null, threshold?: number) {
  const session = JournalSession.start({
    dataDir,
    dailyBackup: false,
    checkAtOpenBytes: threshold,
  });
  if (passphrase) session.unlock(passphrase);
  return session;
}

/** Opened with no problem, holding exactly the entries written before the interrupted write. */
function expectWhole(session: JournalSession, ids: string[]): void {
  expect(session.problem).toBeNull();
  const found = listEntries(session.db, { limit: 10 }).map((entry) => entry.id);
  expect(found.sort()).toEqual([...ids].sort());
}

describe('a journal whose last write was interrupted (a hot rollback journal)', () => {
  it('passes the read-only start check', async () => {
    const { file } = await interruptedJournal(null);
    expect(checkFile(file, { level: 'quick' })).toEqual({ ok: true });
  }, 60_000);

  for (const passphrase of [null, 'a long passphrase']) {
    for (const threshold of [undefined, 0]) {
      const how = `${passphrase ? 'encrypted' : 'plain'}, ${threshold === 0 ? 'opened read-only first' : 'checked in full at open'}`;
      it(`opens as it was before the write (${how})`, async () => {
        const { dataDir, file, ids } = await interruptedJournal(passphrase, threshold);
        const session = reopen(dataDir, passphrase, threshold);
        try {
          expectWhole(session, ids);
          const scratch = session.db
            .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'")
            .pluck()
            .get();
          expect(scratch).toBe(0);
        } finally {
          session.close();
        }
        expect(existsSync(`${file}-journal`)).toBe(false);
      }, 60_000);
    }
  }
});

describe('a wrong passphrase for an encrypted journal with an interrupted write', () => {
  it('is refused and changes nothing; the right one then opens it', async () => {
    const passphrase = 'a long passphrase';
    const { dataDir, file, ids } = await interruptedJournal(passphrase);
    const before = [readFileSync(file), readFileSync(`${file}-journal`)];
    const session = JournalSession.start({ dataDir, dailyBackup: false });
    try {
      expect(() => session.unlock('not the passphrase')).toThrow(WRONG_PASSPHRASE);
    } finally {
      session.close();
    }
    expect(readFileSync(file).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(`${file}-journal`).equals(before[1] as Buffer)).toBe(true);
    const again = reopen(dataDir, passphrase);
    try {
      expectWhole(again, ids);
    } finally {
      again.close();
    }
  }, 60_000);
});
