/**
 * `npm run web`: the browser edition. Opens the journal, serves the app on 127.0.0.1 and prints one
 * line with its address. Stops cleanly on SIGINT/SIGTERM, closing the database.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAttachment } from '../attachments/service';
import { createAppRouter } from '../core/all-handlers';
import { platformDataDir, resolveDataDir } from '../core/data-dir';
import { CHECK_AT_OPEN_BYTES } from '../core/journal-connection';
import { startMaintenance } from '../core/maintenance';
import { openJournal } from '../core/open-journal';
import { keepServingOnStrayErrors } from './process-guard';
import { startWebServer } from './server';

function portFromArgs(argv: readonly string[]): number {
  const index = argv.indexOf('--port');
  const raw =
    index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--port='))?.slice(7);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir({ argv, env: process.env, fallback: platformDataDir() });
  const port = portFromArgs(argv);
  // Starts in recovery (instead of failing) when the journal is damaged: the page shows what to do.
  const ctx = openJournal({ dataDir, host: 'web', checkAtOpenBytes: CHECK_AT_OPEN_BYTES });
  const stopMaintenance = startMaintenance(ctx);
  const here = dirname(fileURLToPath(import.meta.url));
  const server = await startWebServer({
    router: createAppRouter(ctx),
    staticDir: join(here, '..', 'renderer'),
    port,
    token: process.env.WAYMARK_WEB_TOKEN || undefined,
    attachments: (sha256) => readAttachment(ctx.db, sha256),
  });
  // Only once serving: a failure to start must still end the process with its message.
  keepServingOnStrayErrors();
  console.log(`Waymark is running at ${server.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopMaintenance();
    await server.close();
    ctx.session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Waymark could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
