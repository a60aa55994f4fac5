import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsDir, createBackup } from '../../src-main/backup/backups';
import type { JournalStatus } from '../../src-main/contract/backup';
import type { EncryptionResult, LockSettings } from '../../src-main/contract/lock';
import type { Result } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { JOURNAL_FILE } from '../../src-main/core/data-dir';
import { openJournal } from '../../src-main/core/open-journal';
import { isEncryptedFile } from '../../src-main/db/cipher';
import { createEntry, listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { afterThisTest, tempDir } from './helpers';

const SECRET = 'Quietly interviewing at Northwind for a salary of 98765';
const PASS = 'correct horse battery staple';
const OTHER = 'a completely different passphrase';

function open(dataDir: string) {
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  afterThisTest(() => ctx.session.close());
  return { ctx, router: createAppRouter(ctx) };
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function failure(result: Result<unknown>) {
  if (result.ok) throw new Error('Expected the call to fail.');
  return result.error;
}

/** Every file in the data folder whose bytes contain `text` (the journal, its WAL, backups…). */
function filesContaining(dataDir: string, text: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (readFileSync(path).includes(Buffer.from(text, 'utf8'))) found.push(path);
    }
  };
  walk(dataDir);
  return found;
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A journal with one known entry, encrypted with PASS, and its router. */
async function encryptedJournal() {
  const dataDir = tempDir();
  const { ctx, router } = open(dataDir);
  createEntry(ctx.db, { id: 'known', body: docFromParagraphs([SECRET]) });
  ok(await router.call('lock:encrypt', { passphrase: PASS, repeat: PASS }));
  return { dataDir, ctx, router };
}

describe('encrypting the journal', () => {
  it('leaves none of a known entry readable in the journal file or its WAL', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    const file = join(dataDir, JOURNAL_FILE);
    expect(isEncryptedFile(file)).toBe(true);
    // A save after encrypting goes to the WAL first: it must be encrypted there as well.
    const more = 'A second secret about leaving in March';
    ok(await router.call('journal:create', { body: docFromParagraphs([more]) }));
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(filesContaining(dataDir, SECRET)).toEqual([]);
    expect(filesContaining(dataDir, more)).toEqual([]);
    expect(filesContaining(dataDir, 'Northwind')).toEqual([]);
    // Still the same journal, with every entry.
    expect(listEntries(ctx.db).map((entry) => entry.id)).toContain('known');
    expect(ok<JournalStatus>(await router.call('recovery:status', {}))).toMatchObject({
      state: 'open',
      encrypted: true,
    });
  });

  it('refuses an invalid request and writes nothing', async () => {
    const dataDir = tempDir();
    const { ctx, router } = open(dataDir);
    createEntry(ctx.db, { id: 'known', body: docFromParagraphs([SECRET]) });
    const mismatch = failure(
      await router.call('lock:encrypt', { passphrase: PASS, repeat: `${PASS}!` }),
    );
    expect(mismatch.code).toBe('invalid_input');
    expect(mismatch.fields).toContainEqual({
      path: 'repeat',
      message: 'The two passphrases are not the same.',
    });
    const short = failure(
      await router.call('lock:encrypt', { passphrase: 'short', repeat: 'short' }),
    );
    expect(short.fields[0]?.message).toBe('Use at least 8 characters.');
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(false);
    expect(failure(await router.call('lock:lock', {})).code).toBe('conflict');
    expect(ok<JournalStatus>(await router.call('recovery:status', {})).encrypted).toBe(false);
  });

  it('opens locked after a restart, rejects a wrong passphrase without damage, and unlocks', async () => {
    const { dataDir, ctx } = await encryptedJournal();
    ctx.session.close();
    const file = join(dataDir, JOURNAL_FILE);
    const before = digest(file);

    const { router } = open(dataDir);
    expect(ok<JournalStatus>(await router.call('recovery:status', {}))).toMatchObject({
      state: 'locked',
      encrypted: true,
      problem: null,
    });
    expect(failure(await router.call('journal:list', {})).code).toBe('journal_locked');
    const wrong = failure(await router.call('lock:unlock', { passphrase: OTHER }));
    expect(wrong).toMatchObject({
      code: 'wrong_passphrase',
      message: 'That passphrase does not open this journal. Nothing was changed.',
    });
    expect(digest(file)).toBe(before);
    expect(readdirSync(dataDir).sort()).toEqual([JOURNAL_FILE]);

    expect(ok<JournalStatus>(await router.call('lock:unlock', { passphrase: PASS })).state).toBe(
      'open',
    );
    const entries = ok<{ id: string; preview: string }[]>(await router.call('journal:list', {}));
    expect(entries.map((entry) => entry.id)).toEqual(['known']);
  });

  it('locks now: the journal closes and every call waits for the passphrase', async () => {
    const { router } = await encryptedJournal();
    expect(ok<JournalStatus>(await router.call('lock:lock', {})).state).toBe('locked');
    expect(failure(await router.call('journal:get', { id: 'known' })).code).toBe('journal_locked');
    expect(failure(await router.call('backup:create', {})).code).toBe('journal_locked');
    ok(await router.call('lock:unlock', { passphrase: PASS }));
    expect(ok<{ id: string }>(await router.call('journal:get', { id: 'known' })).id).toBe('known');
  });

  it('changes the passphrase only when given the current one', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    const file = join(dataDir, JOURNAL_FILE);
    const before = digest(file);
    const wrong = failure(
      await router.call('lock:change', { current: OTHER, passphrase: OTHER, repeat: OTHER }),
    );
    expect(wrong.code).toBe('wrong_passphrase');
    expect(wrong.fields[0]?.path).toBe('current');
    ok(await router.call('lock:lock', {}));
    expect(digest(file)).toBe(before);
    ok(await router.call('lock:unlock', { passphrase: PASS }));

    ok(await router.call('lock:change', { current: PASS, passphrase: OTHER, repeat: OTHER }));
    ctx.session.close();
    const { router: again } = open(dataDir);
    expect(failure(await again.call('lock:unlock', { passphrase: PASS })).code).toBe(
      'wrong_passphrase',
    );
    ok(await again.call('lock:unlock', { passphrase: OTHER }));
    expect(filesContaining(dataDir, SECRET)).toEqual([]);
  });

  it('removes encryption only when given the current passphrase', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    expect(failure(await router.call('lock:remove', { current: OTHER })).code).toBe(
      'wrong_passphrase',
    );
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(true);
    const removed = ok<EncryptionResult>(await router.call('lock:remove', { current: PASS }));
    expect(removed.status).toMatchObject({ state: 'open', encrypted: false });
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(false);
    ctx.session.close();
    const reopened = open(dataDir);
    expect(reopened.ctx.session.isLocked).toBe(false);
    expect(listEntries(reopened.ctx.db).map((entry) => entry.id)).toEqual(['known']);
  });
});

describe('backups of an encrypted journal', () => {
  it('are encrypted with the same passphrase, including the ones taken before', async () => {
    const dataDir = tempDir();
    const { ctx, router } = open(dataDir);
    createEntry(ctx.db, { id: 'known', body: docFromParagraphs([SECRET]) });
    const plain = createBackup(ctx.db, dataDir, 'manual', new Date('2026-01-01T09:00:00Z'));
    expect(filesContaining(dataDir, SECRET)).toContain(join(backupsDir(dataDir), plain.name));

    const result = ok<EncryptionResult>(
      await router.call('lock:encrypt', { passphrase: PASS, repeat: PASS }),
    );
    expect(result).toMatchObject({ backupsConverted: 1, backupsLeft: [] });
    ok(await router.call('backup:create', {}));
    const names = readdirSync(backupsDir(dataDir));
    expect(names).toHaveLength(2);
    for (const name of names) expect(isEncryptedFile(join(backupsDir(dataDir), name))).toBe(true);
    expect(filesContaining(dataDir, SECRET)).toEqual([]);
  });

  it('restore after unlocking, and the journal stays encrypted', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    const backup = ok<{ name: string }>(await router.call('backup:create', {}));
    createEntry(ctx.db, { id: 'after-backup', body: docFromParagraphs(['Written later']) });
    ok(await router.call('lock:lock', {}));
    expect(failure(await router.call('backup:restore', { name: backup.name })).code).toBe(
      'journal_locked',
    );
    ok(await router.call('lock:unlock', { passphrase: PASS }));
    ok(await router.call('backup:restore', { name: backup.name }));
    expect(listEntries(ctx.db).map((entry) => entry.id)).toEqual(['known']);
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(true);
    expect(ok<JournalStatus>(await router.call('recovery:status', {})).encrypted).toBe(true);
  });

  it('a plain backup restored into an encrypted journal is encrypted on the way', async () => {
    const dataDir = tempDir();
    const { ctx, router } = open(dataDir);
    createEntry(ctx.db, { id: 'known', body: docFromParagraphs([SECRET]) });
    const plain = createBackup(ctx.db, dataDir, 'manual', new Date('2026-01-01T09:00:00Z'));
    const spare = join(tempDir(), 'plain.sqlite');
    copyFileSync(join(backupsDir(dataDir), plain.name), spare);
    ok(await router.call('lock:encrypt', { passphrase: PASS, repeat: PASS }));
    // A plain backup put back into the folder by hand (or one left over from before).
    const name = 'waymark-2026-01-02T09-00-00-000Z-manual.sqlite';
    copyFileSync(spare, join(backupsDir(dataDir), name));
    ok(await router.call('backup:restore', { name }));
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(true);
    expect(listEntries(ctx.db).map((entry) => entry.id)).toEqual(['known']);
    expect(readFileSync(join(dataDir, JOURNAL_FILE)).includes(Buffer.from(SECRET))).toBe(false);
  });
});

describe('the passphrase', () => {
  it('is never written to the data folder or to the log', async () => {
    const lines: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      }),
    );
    try {
      const { dataDir, ctx, router } = await encryptedJournal();
      ok(await router.call('backup:create', {}));
      await router.call('lock:change', { current: `${PASS}x`, passphrase: OTHER, repeat: OTHER });
      ok(await router.call('lock:lock', {}));
      await router.call('lock:unlock', { passphrase: OTHER });
      ok(await router.call('lock:unlock', { passphrase: PASS }));
      ctx.session.close();
      for (const secret of [PASS, OTHER]) {
        expect(filesContaining(dataDir, secret)).toEqual([]);
        expect(lines.filter((line) => line.includes(secret))).toEqual([]);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('telling an encrypted journal from a damaged one', () => {
  it('reads the header: plain, encrypted, garbage and empty files', async () => {
    const { dataDir, ctx } = await encryptedJournal();
    ctx.session.close();
    const encrypted = join(dataDir, JOURNAL_FILE);
    expect(isEncryptedFile(encrypted)).toBe(true);
    const plainDir = tempDir();
    open(plainDir).ctx.session.close();
    expect(isEncryptedFile(join(plainDir, JOURNAL_FILE))).toBe(false);
    const garbage = join(tempDir(), 'garbage.sqlite');
    writeFileSync(
      garbage,
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 251)),
    );
    expect(isEncryptedFile(garbage)).toBe(false);
    const empty = join(tempDir(), 'empty.sqlite');
    writeFileSync(empty, '');
    expect(isEncryptedFile(empty)).toBe(false);
    expect(isEncryptedFile(join(tempDir(), 'missing.sqlite'))).toBe(false);
  });
});

describe('recovery with encrypted backups', () => {
  it('asks for the passphrase, then restores the newest good backup, encrypted', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    ok(await router.call('backup:create', {}));
    ctx.session.close();
    rmSync(join(dataDir, JOURNAL_FILE));

    const { router: again } = open(dataDir);
    const waiting = ok<JournalStatus>(await again.call('recovery:status', {}));
    expect(waiting).toMatchObject({
      state: 'recovery',
      problem: { kind: 'missing' },
      newestGoodBackup: null,
      backupsNeedPassphrase: true,
    });
    expect(failure(await again.call('recovery:unlockBackups', { passphrase: OTHER })).code).toBe(
      'wrong_passphrase',
    );
    const unlocked = ok<JournalStatus>(
      await again.call('recovery:unlockBackups', { passphrase: PASS }),
    );
    expect(unlocked.backupsNeedPassphrase).toBe(false);
    expect(unlocked.newestGoodBackup).not.toBeNull();
    ok(await again.call('backup:restore', { name: unlocked.newestGoodBackup?.name }));
    expect(ok<JournalStatus>(await again.call('recovery:status', {}))).toMatchObject({
      state: 'open',
      encrypted: true,
    });
    const entries = ok<{ id: string }[]>(await again.call('journal:list', {}));
    expect(entries.map((entry) => entry.id)).toEqual(['known']);
    expect(isEncryptedFile(join(dataDir, JOURNAL_FILE))).toBe(true);
  });
});

describe('auto-lock setting', () => {
  it('defaults to 15 minutes, can be changed or turned off, and is kept', async () => {
    const { dataDir, ctx, router } = await encryptedJournal();
    expect(ok<LockSettings>(await router.call('lock:settings', {}))).toEqual({
      autoLockMinutes: 15,
    });
    ok(await router.call('lock:setAutoLock', { minutes: 5 }));
    expect(failure(await router.call('lock:setAutoLock', { minutes: 0 })).code).toBe(
      'invalid_input',
    );
    ctx.session.close();
    const { router: again } = open(dataDir);
    ok(await again.call('lock:unlock', { passphrase: PASS }));
    expect(ok<LockSettings>(await again.call('lock:settings', {})).autoLockMinutes).toBe(5);
    ok(await again.call('lock:setAutoLock', { minutes: null }));
    expect(ok<LockSettings>(await again.call('lock:settings', {})).autoLockMinutes).toBeNull();
  });
});
