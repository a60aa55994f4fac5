import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupsDir, isRestorable, listBackups } from '../../src-main/backup/backups';
import { restoreBackup } from '../../src-main/backup/restore';
import type { Result } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { backupNow, checkInBackground, startMaintenance } from '../../src-main/core/maintenance';
import { openJournal } from '../../src-main/core/open-journal';
import { checkFile } from '../../src-main/db/integrity';
import Database from '../../src-main/db/sqlite';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { damageEntries, damagePage, fillJournal } from './damage';
import { tempDir } from './helpers';

/** A closed journal of `count` entries of about 1 KB. */
function filledJournal(count: number) {
  const dataDir = tempDir();
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  fillJournal(ctx.db, count);
  ctx.session.close();
  return { dataDir, file: join(dataDir, 'waymark.sqlite') };
}

/** Opens it as a large journal is opened: read-only, its full check left for later. */
function openDeferred(dataDir: string) {
  return openJournal({ dataDir, host: 'web', dailyBackup: false, checkAtOpenBytes: 0 });
}

function ok<T = unknown>(result: Result<unknown>): T {
  expect(result.ok, JSON.stringify(result.ok ? null : result.error)).toBe(true);
  return (result as { value: unknown }).value as T;
}

describe('a backup in the background', () => {
  it('never blocks a save for more than a few milliseconds, and leaves a verified copy', async () => {
    const { dataDir } = filledJournal(6_000);
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    // The same saves with nothing in the background, for comparison on this machine.
    const alone: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      createEntry(ctx.db, { body: docFromParagraphs([`Written alone ${i}`]) });
      alone.push(performance.now() - started);
    }
    alone.sort((a, b) => a - b);
    const aloneP95 = alone[Math.floor(alone.length * 0.95)] as number;
    const seen: number[] = [];
    const latencies: number[] = [];
    let written = 0;
    const backupStarted = performance.now();
    const backup = backupNow(ctx, 'manual');
    let done = false;
    void backup.finally(() => (done = true));
    // Saves keep coming, one per turn of the event loop, for as long as the backup runs.
    while (!done) {
      const started = performance.now();
      createEntry(ctx.db, { body: docFromParagraphs([`Written while backing up ${written}`]) });
      latencies.push(performance.now() - started);
      written++;
      if (ctx.session.background.percent !== null) seen.push(ctx.session.background.percent);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await backup;
    const backupMs = performance.now() - backupStarted;
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] as number;
    // Measured on a shared two-core machine under load: saves alone p95 8 ms (each one flushed to
    // disk), during the backup p95 8 ms and the worst 36 ms, the backup taking seconds. A backup on
    // the main thread would hold every save for its whole length.
    expect(written).toBeGreaterThan(20);
    // Bounds loose enough for a machine shared with other test files running at once.
    expect(p95).toBeLessThan(aloneP95 * 3 + 10);
    expect(latencies.at(-1)).toBeLessThan(backupMs / 2);
    expect(seen.some((percent) => percent > 0 && percent < 100)).toBe(true);
    expect(ctx.session.background).toMatchObject({ running: null, percent: null });

    // A plain journal's text compresses: the backup is gzipped, and opens and checks once unpacked.
    expect(info.name).toMatch(/\.sqlite\.gz$/);
    const file = join(backupsDir(dataDir), info.name);
    const unpacked = join(tempDir(), 'copy.sqlite');
    writeFileSync(unpacked, gunzipSync(readFileSync(file)));
    expect(checkFile(unpacked, { level: 'full' })).toEqual({ ok: true });
    const copy = new Database(unpacked, { readonly: true });
    const inCopy = copy.prepare('SELECT count(*) FROM entries').pluck().get() as number;
    copy.close();
    // A snapshot: everything from before it started, and none of it half-written.
    expect(inCopy).toBeGreaterThanOrEqual(6_000);
    expect(inCopy).toBeLessThanOrEqual(6_000 + written);
    expect(isRestorable(file)).toEqual({ ok: true });
    ctx.session.close();
  });

  it('is restored from its compressed file', async () => {
    const { dataDir } = filledJournal(300);
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    const info = await backupNow(ctx, 'manual');
    expect(info.name).toMatch(/\.gz$/);
    createEntry(ctx.db, { id: 'after', body: docFromParagraphs(['After the backup']) });
    restoreBackup(ctx.session, info.name);
    const ids = listEntries(ctx.db, { limit: 500 }).map((entry) => entry.id);
    expect(ids).toHaveLength(300);
    expect(ids).not.toContain('after');
    expect(listBackups(dataDir).map((backup) => backup.name)).toEqual([info.name]);
    ctx.session.close();
  });
});

describe('a large journal opened before its full check', () => {
  it('shows its first screen read-only, and passes the check in the background', async () => {
    const { dataDir } = filledJournal(200);
    const ctx = openDeferred(dataDir);
    expect(ctx.session.needsCheck).toBe(true);
    expect(ctx.db.readonly).toBe(true);
    const router = createAppRouter(ctx);
    expect(ok<unknown[]>(await router.call('journal:list', {}))).toHaveLength(200);
    await checkInBackground(ctx.session);
    expect(ctx.session.needsCheck).toBe(false);
    expect(ctx.db.readonly).toBe(false);
    expect(ctx.session.background.checkedAt).not.toBeNull();
    ok(await router.call('journal:create', {}));
    ctx.session.close();
  });

  it('is checked at its first write when that comes before the background check', async () => {
    const { dataDir } = filledJournal(50);
    const ctx = openDeferred(dataDir);
    const router = createAppRouter(ctx);
    ok(await router.call('journal:create', {}));
    expect(ctx.session.needsCheck).toBe(false);
    expect(listEntries(ctx.db, { limit: 100 })).toHaveLength(51);
    ctx.session.close();
  });

  it('when damaged deep inside, is never written to: the first write finds it', async () => {
    const { dataDir, file } = filledJournal(200);
    const damaged = damageEntries(file);
    const ctx = openDeferred(dataDir);
    // Constant-time checks at open cannot see a damaged leaf page: the journal opens read-only.
    expect(ctx.session.problem).toBeNull();
    const router = createAppRouter(ctx);
    const write = await router.call('journal:create', {});
    expect(write).toMatchObject({ ok: false, error: { code: 'recovery_needed' } });
    expect(ctx.session.problem?.kind).toBe('damaged');
    ctx.session.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('when damaged deep inside, is found by the background check before any write', async () => {
    const { dataDir, file } = filledJournal(200);
    const damaged = damageEntries(file);
    const ctx = openDeferred(dataDir);
    await checkInBackground(ctx.session);
    expect(ctx.session.problem?.kind).toBe('damaged');
    const router = createAppRouter(ctx);
    const list = await router.call('journal:list', {});
    expect(list).toMatchObject({ ok: false, error: { code: 'recovery_needed' } });
    ctx.session.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('a file that is not a database is still refused at open', () => {
    const { dataDir, file } = filledJournal(5);
    damagePage(file, 1, 4096);
    const ctx = openDeferred(dataDir);
    expect(ctx.session.problem?.kind).toBe('damaged');
    ctx.session.close();
  });
});

describe('background work after an unlock', () => {
  it('checks a large encrypted journal on a worker thread once it is unlocked', async () => {
    const dataDir = tempDir();
    const setup = openJournal({ dataDir, host: 'web', dailyBackup: false });
    fillJournal(setup.db, 50);
    setup.session.changeEncryption(null, 'a long passphrase');
    setup.session.close();
    const ctx = openDeferred(dataDir);
    const stop = startMaintenance(ctx, { delayMs: 60_000 });
    try {
      expect(ctx.session.isLocked).toBe(true);
      ctx.session.unlock('a long passphrase');
      expect(ctx.session.needsCheck).toBe(true);
      await expect.poll(() => ctx.session.needsCheck, { timeout: 20_000 }).toBe(false);
      expect(ctx.session.problem).toBeNull();
      expect(ctx.db.readonly).toBe(false);
    } finally {
      stop();
      ctx.session.close();
    }
  });
});
