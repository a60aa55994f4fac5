import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_CSP } from '../../src-main/contract/security';
import { ROOT, electronPath, withApp } from './launch';

/**
 * The desktop shell around the shared code: the native module, the page's CSP, the IPC sender
 * check and the single instance. Runs only where the Electron binary exists (the GitHub workflow).
 */

test('the database module is the one built for Electron’s ABI, and the journal answers', () =>
  withApp(async (app) => {
    const window = await app.firstWindow();
    const abi = await app.evaluate(() => process.versions.modules);
    expect(abi).not.toBe(process.versions.modules); // Electron's ABI, not this Node's
    expect(
      existsSync(join(ROOT, 'build', 'native', `electron-${abi}`, 'better_sqlite3.node')),
    ).toBe(true);
    const info = await window.evaluate(() =>
      (globalThis as unknown as { waymark: Record<string, (input: unknown) => Promise<unknown>> })
        .waymark['app:info']!({}),
    );
    expect(info).toMatchObject({ ok: true });
  }));

test('the page carries the one CSP and refuses an injected inline script', () =>
  withApp(async (app) => {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    const csp = await window
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toBe(RENDERER_CSP);
    const outcome = await window.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string }>((resolve) => {
          const page = globalThis as unknown as { injected?: boolean };
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: page.injected === true, violated: event.violatedDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'globalThis.injected = true';
          document.head.append(script);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
  }));

test('a call through the bridge from any other page is refused', () =>
  withApp(async (app) => {
    await app.firstWindow();
    const answer = await app.evaluate(async ({ BrowserWindow, app: electronApp }) => {
      // The same preload as Waymark's own window (electron-vite's output).
      const preload = `${electronApp.getAppPath()}/out/preload/index.cjs`;
      const other = new BrowserWindow({
        show: false,
        webPreferences: { preload, contextIsolation: true, sandbox: true },
      });
      await other.loadURL('data:text/html,<title>Not Waymark</title>');
      const result: unknown = await other.webContents.executeJavaScript(
        "window.waymark['app:info']({})",
      );
      other.destroy();
      return result;
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'This request did not come from Waymark.', fields: [] },
    });
  }));

test('a second launch hands over to the first window and exits', () =>
  withApp(async (app, dataDir) => {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
    const second = spawn(electronPath(), [ROOT, '--data-dir', dataDir], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  }));
