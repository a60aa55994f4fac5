import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { startWebServer, type WebServer, type WebServerOptions } from '../../src-main/web/server';
import { tempDir, tempJournal } from './helpers';

const running: WebServer[] = [];

// Registered after helpers' own afterEach, so it runs first: servers stop before journals close.
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/**
 * The browser edition's server over a fresh journal, on a free port of 127.0.0.1, serving a stub
 * page and an empty assets folder; stopped after the test.
 */
export async function serveJournal(options: Partial<WebServerOptions> = {}) {
  const ctx = tempJournal();
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Waymark</title>');
  mkdirSync(join(staticDir, 'assets'));
  const server = await startWebServer({
    router: createAppRouter(ctx),
    staticDir,
    port: 0,
    ...options,
  });
  running.push(server);
  return { ctx, server };
}
