import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './fixtures';

/**
 * A second computer for sync specs: another Waymark server with its own journal (`url`, and
 * `origin` and `token` for callApi), and an empty folder both computers sync through. `close`
 * stops the server and removes both folders.
 */
export async function secondComputer() {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-sync-'));
  const laptopDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-laptop-'));
  const server = await startServer(laptopDir);
  const { origin, hash } = new URL(server.url);
  return {
    folder,
    laptop: { url: server.url, origin, token: hash.replace('#token=', '') },
    async close() {
      await stopServer(server.child);
      rmSync(laptopDir, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A document of one paragraph per line. */
export const paragraphs = (...lines: string[]) => ({
  type: 'doc',
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
