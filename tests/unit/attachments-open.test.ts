import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addAttachment } from '../../src-main/attachments/service';
import { OPEN_COPIES_PREFIX, OpenCopies, mayOpen } from '../../src-main/attachments/open-copies';
import type { Result } from '../../src-main/contract/errors';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { openJournal } from '../../src-main/core/open-journal';
import { pdfBytes } from './attachment-fixtures';
import { afterThisTest, tempDir, tempJournal } from './helpers';

const shell = vi.hoisted(() => ({ openPath: vi.fn(async (_path: string) => '') }));
vi.mock('electron', () => ({ app: { on: vi.fn() }, shell }));

const PASS = 'correct horse battery staple';
const mode = (path: string) => statSync(path).mode & 0o777;

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(() => shell.openPath.mockClear());

describe('private copies of files opened in another app', () => {
  it('are written to a folder only this user can read, and removed whole by clear', () => {
    const base = tempDir();
    const copies = new OpenCopies(base);
    const bytes = pdfBytes('offer');
    const path = copies.write(
      { sha256: 'a'.repeat(64), name: 'Offer letter.pdf', mime: 'application/pdf', kind: 'file' },
      bytes,
    );
    expect(path.startsWith(join(base, OPEN_COPIES_PREFIX))).toBe(true);
    expect(path.endsWith('Offer-letter.pdf')).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(mode(copies.current as string)).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    copies.clear();
    expect(readdirSync(base)).toEqual([]);
    expect(copies.current).toBeNull();
  });

  it('never opens a program, by its kind or by any extension in its name', () => {
    const copies = new OpenCopies(tempDir());
    const file = { sha256: 'b'.repeat(64), mime: 'application/octet-stream' };
    for (const name of ['setup.exe', 'run.sh', 'tool.jar', 'x.ps1', 'a.bat', 'offer.pdf.exe']) {
      expect(mayOpen({ kind: 'file', name }, name), name).toBe(false);
    }
    expect(mayOpen({ kind: 'program', name: 'notes.txt' }, 'notes.txt')).toBe(false);
    expect(mayOpen({ kind: 'file', name: 'notes.txt' }, 'notes.txt')).toBe(true);
    expect(() =>
      copies.write({ ...file, name: 'Installer.MSI', kind: 'file' }, pdfBytes()),
    ).toThrow(
      '“Installer.MSI” is a program: Waymark keeps it but never opens it. Use Download to save a copy.',
    );
    expect(copies.current).toBeNull();
  });

  it('removes folders of copies a crash left behind, and nothing else', () => {
    const base = tempDir();
    mkdirSync(join(base, `${OPEN_COPIES_PREFIX}old`));
    mkdirSync(join(base, 'someone-else'));
    expect(new OpenCopies(base).sweepLeftBehind()).toBe(1);
    expect(readdirSync(base)).toEqual(['someone-else']);
  });
});

describe('attachments:open', () => {
  it('is for the desktop only: the browser edition is told to download', async () => {
    const ctx = tempJournal();
    const { sha256 } = await addAttachment(ctx.db, { name: 'offer.pdf', bytes: pdfBytes() });
    const result = await createAppRouter(ctx).call('attachments:open', { sha256 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'unsupported',
        message:
          'Opening a file in another app is for the desktop app. Use Download to save a copy.',
      },
    });
  });

  it('asks first for an encrypted journal, opens a copy, and the copy is gone when the journal locks', async () => {
    const base = tempDir();
    const ctx = openJournal({ dataDir: tempDir(), host: 'desktop', dailyBackup: false });
    afterThisTest(() => ctx.session.close());
    const { provideFileOpening } = await import('../../src-main/electron/open-file');
    const lifecycle = new EventEmitter();
    provideFileOpening(ctx, new OpenCopies(base), lifecycle as never);
    const router = createAppRouter(ctx);
    ok(await router.call('lock:encrypt', { passphrase: PASS, repeat: PASS }));
    const bytes = pdfBytes('encrypted offer');
    const { sha256 } = await addAttachment(ctx.db, { name: 'offer.pdf', bytes });

    expect(ok(await router.call('attachments:open', { sha256 }))).toEqual({
      opened: false,
      needsConfirmation: true,
    });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(readdirSync(base)).toEqual([]);

    const agreed = { sha256, readableCopyAgreed: true };
    expect(ok(await router.call('attachments:open', agreed))).toEqual({ opened: true });
    const opened = shell.openPath.mock.calls[0]?.[0] as string;
    expect(readFileSync(opened).equals(bytes)).toBe(true);

    ok(await router.call('lock:lock', {}));
    expect(existsSync(opened)).toBe(false);
    expect(readdirSync(base)).toEqual([]);
  });

  it('removes the copies when the app quits, and says so when the system cannot open one', async () => {
    const base = tempDir();
    const ctx = tempJournal();
    const { provideFileOpening } = await import('../../src-main/electron/open-file');
    const lifecycle = new EventEmitter();
    provideFileOpening(ctx, new OpenCopies(base), lifecycle as never);
    const router = createAppRouter(ctx);
    const { sha256 } = await addAttachment(ctx.db, { name: 'offer.pdf', bytes: pdfBytes() });
    // An unencrypted journal opens at once.
    expect(ok(await router.call('attachments:open', { sha256 }))).toEqual({ opened: true });
    expect(readdirSync(base)).toHaveLength(1);
    lifecycle.emit('will-quit');
    expect(readdirSync(base)).toEqual([]);

    shell.openPath.mockResolvedValueOnce('No application knows how to open this file');
    const failed = await router.call('attachments:open', { sha256 });
    expect(failed).toMatchObject({ ok: false });
    expect(JSON.stringify(failed)).toContain('No application knows how to open this file');
  });
});
