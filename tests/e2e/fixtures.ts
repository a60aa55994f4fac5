import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JournalPage } from './pages/journal-page';
import { PlanPage } from './pages/plan-page';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_ENTRY = join(ROOT, 'out', 'main', 'web.js');

export interface WaymarkServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /**
   * Stops the server (SIGTERM, or SIGKILL with `crash`, as a power cut or a crash would) and starts
   * it again on the same data folder (and, with `samePort`, the same address); `whileStopped` runs
   * in between (to damage or replace files as a crash or another program would, or to act while no
   * request can get through).
   */
  restart(
    whileStopped?: () => void | Promise<void>,
    options?: { crash?: boolean; samePort?: boolean },
  ): Promise<void>;
  /**
   * While held, an import started from the window stops after each batch and waits (the server
   * watches a file named by `WAYMARK_TEST_HOLD_IMPORT`), so a test can act while it runs.
   */
  holdImports(): void;
  releaseImports(): void;
}

/** Starts `out/main/web.js` on a free port and waits for its one line with the address. */
export function startServer(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  port = 0,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    const args = [WEB_ENTRY, '--data-dir', dataDir, '--port', String(port)];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`The web server did not start:\n${output}`)),
      15_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Waymark is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, url: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited (${code}):\n${output}`));
    });
  });
}

export function stopServer(
  child: ChildProcess,
  signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM',
): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}

export const test = base.extend<{
  waymark: WaymarkServer;
  dataDir: string;
  firstRun: boolean;
  journal: JournalPage;
  plan: PlanPage;
}>({
  /**
   * false (the default): the first-run welcome is marked as skipped before the test, so specs about
   * other screens see the app as a returning person does. Specs about the welcome set it true.
   */
  firstRun: [false, { option: true }],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  waymark: async ({ dataDir, page, firstRun }, use) => {
    const importHold = `${dataDir}-hold-import`;
    const serverEnv = { WAYMARK_TEST_HOLD_IMPORT: importHold };
    let { child, url } = await startServer(dataDir, serverEnv);
    if (!firstRun) {
      const { origin, hash } = new URL(url);
      const response = await fetch(`${origin}/api/welcome:skip`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${hash.replace('#token=', '')}`,
          'Content-Type': 'application/json',
        },
        body: '{}',
      });
      if (!response.ok) throw new Error(`welcome:skip failed: ${response.status}`);
    }
    const foreign: string[] = [];
    // Privacy: the app must never reach beyond this machine.
    page.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (
        (protocol === 'http:' || protocol === 'https:') &&
        hostname !== '127.0.0.1' &&
        hostname !== 'localhost'
      ) {
        foreign.push(request.url());
      }
    });
    // A script error that escapes the app (React gives up on the page after one) fails the test.
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    const server: WaymarkServer = {
      get url() {
        return url;
      },
      get origin() {
        return new URL(url).origin;
      },
      get token() {
        return url.split('#token=')[1] ?? '';
      },
      dataDir,
      async restart(whileStopped, options) {
        await stopServer(child, options?.crash ? 'SIGKILL' : 'SIGTERM');
        await whileStopped?.();
        // The same port keeps the page's origin, and with it what the page keeps in its storage.
        const port = options?.samePort ? Number(new URL(url).port) : 0;
        ({ child, url } = await startServer(dataDir, serverEnv, port));
      },
      holdImports: () => writeFileSync(importHold, ''),
      releaseImports: () => rmSync(importHold, { force: true }),
    };
    await use(server);
    await stopServer(child);
    server.releaseImports();
    expect(foreign, 'the app made a request that left this machine').toEqual([]);
    expect(crashes, 'an error escaped the app in the page').toEqual([]);
  },
  /** The Journal screen, opened past the welcome: where most specs begin. */
  journal: async ({ page, waymark }, use) => {
    const journal = new JournalPage(page);
    await journal.open(waymark.url);
    await use(journal);
  },
  /** The Plan screen, opened past the welcome. */
  plan: async ({ page, waymark }, use) => {
    const plan = new PlanPage(page);
    await plan.open(waymark.url);
    await use(plan);
  },
});

export { expect };
