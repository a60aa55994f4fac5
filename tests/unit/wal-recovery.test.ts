import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalStatus } from '../../src-main/contract/backup';
import type { Result } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { JOURNAL_FILE } from '../../src-main/core/data-dir';
import { openJournal } from '../../src-main/core/open-journal';
import { isEncryptedFile } from '../../src-main/db/cipher';
import { listEntries } from '../../src-main/journal/service';
import { crashWhileSaving, overwriteWithRandomBytes } from './crash-helpers';
import { afterThisTest, tempDir } from './helpers';

const PASS = 'correct horse battery staple';

function journalIn(dataDir: string) {
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  afterThisTest(() => ctx.session.close());
  return ctx;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function setAsideFiles(dataDir: string): string[] {
  const folder = join(dataDir, 'set-aside');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/** A journal closed cleanly, then ten confirmed saves, a hard kill, and random bytes over its WAL. */
async function damagedAfterCrash(passphrase?: string) {
  const dataDir = tempDir();
  const file = join(dataDir, JOURNAL_FILE);
  const setup = openJournal({ dataDir, host: 'web', dailyBackup: false });
  if (passphrase) {
    ok(await createAppRouter(setup).call('lock:encrypt', { passphrase, repeat: passphrase }));
  }
  setup.session.close();
  const saved = await crashWhileSaving(dataDir, { creates: 10, passphrase });
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
  const intact = overwriteWithRandomBytes(`${file}-wal`);
  return { dataDir, file, saved, intact };
}

describe('a write-ahead log damaged after a crash', () => {
  it('opens on the recovery screen with both files copied aside, and writes nothing', async () => {
    const { dataDir, file } = await damagedAfterCrash();
    const journalBytes = readFileSync(file);
    const walBytes = readFileSync(`${file}-wal`);

    const ctx = journalIn(dataDir);
    expect(ctx.session.problem?.kind).toBe('wal-damaged');
    const router = createAppRouter(ctx);
    expect(await router.call('journal:list', {})).toMatchObject({
      ok: false,
      error: { code: 'recovery_needed' },
    });
    const status = ok<JournalStatus>(await router.call('recovery:status', {}));
    expect(status).toMatchObject({
      state: 'recovery',
      problem: {
        kind: 'wal-damaged',
        message: expect.stringMatching(/latest saves/),
        details: [expect.stringMatching(/write-ahead log/)],
      },
    });
    const [copy, walCopy] = status.problem?.setAside ?? [];
    expect(setAsideFiles(dataDir)).toEqual([
      expect.stringMatching(/^waymark-.*-wal-damaged\.sqlite$/),
      expect.stringMatching(/^waymark-.*-wal-damaged\.sqlite-wal$/),
    ]);
    expect(readFileSync(copy as string).equals(journalBytes)).toBe(true);
    expect(readFileSync(walCopy as string).equals(walBytes)).toBe(true);
    ctx.session.close();
    expect(readFileSync(file).equals(journalBytes)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(walBytes)).toBe(true);
  });

  it('is still reported after a restart, without a second copy', async () => {
    const { dataDir } = await damagedAfterCrash();
    journalIn(dataDir).session.close();
    const again = journalIn(dataDir);
    expect(again.session.problem?.kind).toBe('wal-damaged');
    expect(setAsideFiles(dataDir)).toHaveLength(2);
  });

  it('is found in an encrypted journal once it is unlocked; its copies stay encrypted, and it can be kept', async () => {
    const { dataDir } = await damagedAfterCrash(PASS);
    const ctx = journalIn(dataDir);
    expect(ctx.session.isLocked).toBe(true);
    ctx.session.unlock(PASS);
    expect(ctx.session.problem?.kind).toBe('wal-damaged');
    const copy = ctx.session.problem?.setAside[0] as string;
    expect(isEncryptedFile(copy)).toBe(true);
    ctx.session.acceptAsIs();
    expect(ctx.session.status()).toMatchObject({ state: 'open', encrypted: true });
    expect(listEntries(ctx.db)).toEqual([]);
  });

  it('can be kept as it is: the journal opens without the lost saves, and the copies remain', async () => {
    const { dataDir, file, saved } = await damagedAfterCrash();
    const ctx = journalIn(dataDir);
    const router = createAppRouter(ctx);
    ok(await router.call('recovery:keep', {}));
    const left = listEntries(ctx.db).map((entry) => entry.id);
    // Lost with the damaged WAL: this is what the recovery screen warned about.
    expect(left.filter((id) => saved.includes(id))).toEqual([]);
    ok(await router.call('journal:create', {}));
    ctx.session.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(setAsideFiles(dataDir)).toHaveLength(2);
    const later = journalIn(dataDir);
    expect(later.session.problem).toBeNull();
    expect(listEntries(later.db)).toHaveLength(left.length + 1);
  });

  it('a crash that leaves the WAL whole raises no alarm and loses nothing', async () => {
    const dataDir = tempDir();
    journalIn(dataDir).session.close();
    const saved = await crashWhileSaving(dataDir, { creates: 10 });
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem).toBeNull();
    expect(listEntries(ctx.db).map((entry) => entry.id)).toEqual(expect.arrayContaining(saved));
    expect(setAsideFiles(dataDir)).toEqual([]);
  });
});

describe('keeping a journal whose WAL went missing', () => {
  it('copies the journal as found into set-aside first', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, JOURNAL_FILE);
    journalIn(dataDir).session.close();
    await crashWhileSaving(dataDir, { creates: 10 });
    rmSync(`${file}-wal`);
    rmSync(`${file}-shm`, { force: true });
    const asFound = readFileSync(file);

    const ctx = journalIn(dataDir);
    expect(ctx.session.problem?.kind).toBe('wal-missing');
    ok(await createAppRouter(ctx).call('recovery:keep', {}));
    const copies = setAsideFiles(dataDir);
    expect(copies).toEqual([expect.stringMatching(/^waymark-.*-wal-missing\.sqlite$/)]);
    expect(readFileSync(join(dataDir, 'set-aside', copies[0] as string)).equals(asFound)).toBe(
      true,
    );
  });
});
