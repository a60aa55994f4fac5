import Database from '../../src-main/db/sqlite';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/contract';
import { backupsDir, createBackup, listBackups } from '../../src-main/backup/backups';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { openJournal } from '../../src-main/core/open-journal';
import { createEntry, listEntries, trashEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { damageEntries, damagePage, fillJournal, leafPageOf } from './damage';
import { tempDir } from './helpers';

function journalIn(dataDir: string) {
  return openJournal({ dataDir, host: 'web', dailyBackup: false });
}

/** A journal with `count` entries and one backup of it, closed cleanly. */
function journalWithBackup(count = 200) {
  const dataDir = tempDir();
  const ctx = journalIn(dataDir);
  const ids = fillJournal(ctx.db, count);
  const backup = createBackup(ctx.db, dataDir, 'manual', new Date('2025-02-01T12:00:00Z'));
  ctx.session.close();
  return { dataDir, file: join(dataDir, 'waymark.sqlite'), ids, backup };
}

function ok<T = unknown>(result: Result<unknown>): T {
  expect(result.ok, JSON.stringify(result.ok ? null : result.error)).toBe(true);
  return (result as { value: unknown }).value as T;
}

describe('a damaged journal at start', () => {
  it('is detected by quick_check, never written to, and every journal call says why', async () => {
    const { dataDir, file } = journalWithBackup();
    const damaged = damageEntries(file);

    const ctx = journalIn(dataDir);
    expect(ctx.session.problem?.kind).toBe('damaged');
    const router = createAppRouter(ctx);
    const list = await router.call('journal:list', {});
    expect(list).toMatchObject({ ok: false, error: { code: 'recovery_needed' } });
    const status = ok(await router.call('recovery:status', {}));
    expect(status).toMatchObject({ state: 'recovery', problem: { kind: 'damaged' } });
    ctx.session.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('recognises a file that is not a database at all', () => {
    const { dataDir, file } = journalWithBackup(5);
    damagePage(file, 1, 4096);
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem).toMatchObject({ kind: 'damaged' });
    ctx.session.close();
  });

  it('restores the newest backup that passes its check and keeps the damaged file', async () => {
    const { dataDir, file, ids, backup } = journalWithBackup();
    // A newer backup that is itself damaged must be passed over.
    const ctx0 = journalIn(dataDir);
    const newer = createBackup(ctx0.db, dataDir, 'manual', new Date('2025-02-03T12:00:00Z'));
    ctx0.session.close();
    const newerFile = join(backupsDir(dataDir), newer.name);
    const leaf = leafPageOf(newerFile, 'entries');
    damagePage(newerFile, leaf.page, leaf.pageSize);
    const damaged = damageEntries(file);

    const ctx = journalIn(dataDir);
    const router = createAppRouter(ctx);
    const status = ok(await router.call('recovery:status', {}));
    expect(status).toMatchObject({ newestGoodBackup: { name: backup.name } });
    expect((await router.call('backup:restore', { name: newer.name })).ok).toBe(false);
    const restored = ok<{ setAside: string[] }>(
      await router.call('backup:restore', { name: backup.name }),
    );

    expect(ok(await router.call('recovery:status', {}))).toMatchObject({
      state: 'open',
      problem: null,
    });
    expect(
      ok<{ id: string }[]>(await router.call('journal:list', {}))
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids);
    const [setAside] = restored.setAside;
    expect(setAside).toMatch(/set-aside[/\\]waymark-.*-before-restore\.sqlite$/);
    expect(readFileSync(setAside as string).equals(damaged)).toBe(true);
    ctx.session.close();
  });

  it('can start a new journal, setting the damaged one aside', async () => {
    const { dataDir, file } = journalWithBackup(20);
    damagePage(file, 1, 4096);
    const ctx = journalIn(dataDir);
    const router = createAppRouter(ctx);
    expect((await router.call('recovery:keep', {})).ok).toBe(false); // only for a missing WAL
    ok(await router.call('recovery:startNew', {}));
    expect(ok<unknown[]>(await router.call('journal:list', {}))).toEqual([]);
    expect(readdirSync(join(dataDir, 'set-aside'))).toEqual([
      expect.stringMatching(/^waymark-.*-damaged\.sqlite$/),
    ]);
    ctx.session.close();
  });

  it('exports what can still be read, and that export imports into a new journal', async () => {
    const { dataDir, file, ids } = journalWithBackup(300);
    damageEntries(file);
    const ctx = journalIn(dataDir);
    const router = createAppRouter(ctx);
    const salvage = ok<{
      file: string;
      tables: { name: string; rows: number; unreadable: number }[];
    }>(await router.call('recovery:salvage', {}));
    const entries = salvage.tables.find((table) => table.name === 'entries');
    // One page of about four entries is lost; every other entry is saved.
    expect(entries?.rows).toBeGreaterThan(ids.length - 10);
    expect(entries?.rows).toBeLessThan(ids.length);

    ok(await router.call('recovery:startNew', {}));
    const summary = ok<{ added: number }>(
      await router.call('archive:import', { text: readFileSync(salvage.file, 'utf8') }),
    );
    expect(summary.added).toBe(entries?.rows);
    expect(listEntries(ctx.db)).toHaveLength(entries?.rows as number);
    ctx.session.close();
  });

  it('a journal file gone while its backups remain is reported, not replaced by an empty one', async () => {
    const { dataDir, file, ids, backup } = journalWithBackup(10);
    rmSync(file);
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem?.kind).toBe('missing');
    expect(existsSync(file)).toBe(false);
    const router = createAppRouter(ctx);
    ok(await router.call('backup:restore', { name: backup.name }));
    expect(
      listEntries(ctx.db)
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids);
    ctx.session.close();
  });
});

describe('a WAL file deleted after a crash', () => {
  async function crashWhileSaving(dataDir: string): Promise<string[]> {
    const script = await workerScript();
    const worker = startWorker(script, ['save-loop', dataDir]);
    await worker.ready;
    while (worker.lines.filter((line) => line.startsWith('c ')).length < 20) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    worker.child.kill('SIGKILL');
    return (await worker.closed)
      .filter((l) => l.startsWith('c '))
      .map((l) => l.split(' ')[2] as string);
  }

  it('is detected on open, and still after a restart, until the person decides', async () => {
    const dataDir = tempDir();
    journalIn(dataDir).session.close();
    const saved = await crashWhileSaving(dataDir);
    const file = join(dataDir, 'waymark.sqlite');
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    rmSync(`${file}-wal`);
    rmSync(`${file}-shm`, { force: true });

    const first = journalIn(dataDir);
    expect(first.session.problem?.kind).toBe('wal-missing');
    first.session.close();
    const again = journalIn(dataDir);
    expect(again.session.problem?.kind).toBe('wal-missing');
    const router = createAppRouter(again);
    const status = ok(await router.call('recovery:status', {}));
    expect(status).toMatchObject({
      problem: { kind: 'wal-missing', message: expect.stringMatching(/latest saves/) },
    });
    // The saves that lived only in the WAL are indeed gone: this is what the warning is about.
    ok(await router.call('recovery:keep', {}));
    const left = ok<{ id: string }[]>(await router.call('journal:list', {})).map((e) => e.id);
    expect(left.length).toBeLessThan(saved.length);
    again.session.close();
    expect(journalIn(dataDir).session.problem).toBeNull();
  });

  it('a crash with the WAL in place loses nothing and raises no alarm', async () => {
    const dataDir = tempDir();
    const saved = await crashWhileSaving(dataDir);
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem).toBeNull();
    expect(listEntries(ctx.db).map((e) => e.id)).toEqual(expect.arrayContaining(saved));
    ctx.session.close();
  });

  it('another program that opened and closed the journal properly after the crash raises no alarm', async () => {
    const dataDir = tempDir();
    const saved = await crashWhileSaving(dataDir);
    const other = new Database(join(dataDir, 'waymark.sqlite'));
    other.prepare('SELECT count(*) FROM entries').get();
    other.close(); // folds the WAL into the file and removes it, as SQLite does
    expect(existsSync(join(dataDir, 'waymark.sqlite-wal'))).toBe(false);
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem).toBeNull();
    expect(listEntries(ctx.db).map((e) => e.id)).toEqual(expect.arrayContaining(saved));
    ctx.session.close();
  });

  it('restoring moves the damaged file and its WAL and SHM aside together', async () => {
    const dataDir = tempDir();
    const setup = journalIn(dataDir);
    fillJournal(setup.db, 100);
    const backup = createBackup(setup.db, dataDir, 'manual', new Date('2025-01-01T00:00:00Z'));
    setup.session.close();
    await crashWhileSaving(dataDir); // leaves a WAL full of saves beside the file
    const file = join(dataDir, 'waymark.sqlite');
    damageEntries(file);
    const ctx = journalIn(dataDir);
    expect(ctx.session.problem?.kind).toBe('damaged');
    const router = createAppRouter(ctx);
    const restored = ok<{ setAside: string[] }>(
      await router.call('backup:restore', { name: backup.name }),
    );
    const base = restored.setAside[0] as string;
    expect(restored.setAside).toEqual([base, `${base}-wal`, `${base}-shm`]);
    expect(statSync(`${base}-wal`).size).toBeGreaterThan(0);
    expect(listEntries(ctx.db)).toHaveLength(100);
    ctx.session.close();
    expect(listBackups(dataDir).map((b) => b.name)).toContain(backup.name);
  });
});

describe('restoring a backup while the journal is open', () => {
  it('brings back what the backup had, moves the current journal aside and reopens', async () => {
    const dataDir = tempDir();
    const ctx = journalIn(dataDir);
    const router = createAppRouter(ctx);
    createEntry(ctx.db, { id: 'kept', body: docFromParagraphs(['Deleted after the backup']) });
    const backup = ok<{ name: string }>(await router.call('backup:create', {}));
    trashEntry(ctx.db, 'kept');
    createEntry(ctx.db, { id: 'later', body: docFromParagraphs(['Written after the backup']) });
    const restored = ok<{ setAside: string[] }>(
      await router.call('backup:restore', { name: backup.name }),
    );

    // The same context now reads the restored journal.
    expect(listEntries(ctx.db).map((e) => e.id)).toEqual(['kept']);
    const [aside] = restored.setAside;
    expect(restored.setAside).toHaveLength(1); // closed cleanly: no WAL or SHM left to move
    const previous = new Database(aside as string, { readonly: true });
    expect(previous.prepare('SELECT id FROM entries ORDER BY id').pluck().all()).toEqual([
      'kept',
      'later',
    ]);
    expect(previous.pragma('integrity_check', { simple: true })).toBe('ok');
    previous.close();
    // Writing goes on in the restored journal.
    ok(await router.call('journal:create', {}));
    expect(listEntries(ctx.db)).toHaveLength(2);
    ctx.session.close();
  });

  it('refuses a name that is not a backup in the folder', async () => {
    const ctx = journalIn(tempDir());
    const router = createAppRouter(ctx);
    expect(await router.call('backup:restore', { name: '../waymark.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await router.call('backup:restore', {
        name: 'waymark-2025-01-01T00-00-00-000Z-manual.sqlite',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    ctx.session.close();
  });
});
