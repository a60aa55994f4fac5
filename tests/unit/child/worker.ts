/**
 * A Waymark process for tests that need a second process: one that can be killed mid-save, write
 * while a backup is taken, or run as another user. Modes (first argument):
 *
 * - `save-loop DIR [PASSPHRASE]`: saves entries through the journal service, forever (unlocking an
 *   encrypted journal first); after each save returns it prints `c <n> <id>` (created) or
 *   `u <n> <id> <revision>` (updated), one line each, unbuffered.
 * - `serve DIR`: answers router calls read as JSON lines on stdin (`{"channel", "payload"}`), one
 *   JSON result line each. `{"ask": "chmod-done"}`-style lines from the parent are just echoed.
 * - `convert-loop DIR`: cycles the journal's encryption through plain → A → B → plain …
 *   (see `PASSPHRASE_CYCLE`) forever; after each conversion returns it prints `s <index>` of the
 *   state now on disk.
 * - `interrupted-write FILE [PASSPHRASE]`: puts the database in rollback-journal mode (as a
 *   finished encryption change leaves it), writes a large transaction, and is killed by SIGKILL in
 *   the middle of it, leaving a hot journal beside the file. Prints nothing.
 * - `web DIR`: the browser edition's server with the guard `npm run web` installs; prints
 *   `port <port> <token>`. Each `stray` line on stdin lets an exception and a rejection escape
 *   outside any request, then prints `strayed`.
 */
import { writeSync } from 'node:fs';
import { openJournal } from '../../../src-main/core/open-journal';
import { PASSPHRASE_CYCLE, savedBody } from './payloads';

const [mode, dataDir, passphrase] = process.argv.slice(2) as [string, string, string?];

function say(line: string): void {
  // Synchronous: once this returns the line is in the pipe, even if the process dies next.
  writeSync(1, `${line}\n`);
}

if (mode === 'save-loop') {
  // Imported here, not at the top: the crash test starts this process hundreds of times.
  const { createEntry, updateEntry } = await import('../../../src-main/journal/service');
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  if (passphrase) ctx.session.unlock(passphrase);
  const created: string[] = [];
  say('ready');
  for (let n = 0; ; n++) {
    if (n % 4 === 3 && created.length > 0) {
      const id = created[n % created.length] as string;
      const saved = updateEntry(ctx.db, { id, body: savedBody(id, n) });
      say(`u ${n} ${id} ${saved.revision}`);
    } else {
      const id = `e${process.pid}-${n}`;
      createEntry(ctx.db, { id, body: savedBody(id, n) });
      created.push(id);
      say(`c ${n} ${id}`);
    }
  }
} else if (mode === 'convert-loop') {
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  let state = 0;
  if (ctx.session.isLocked) {
    state = PASSPHRASE_CYCLE.findIndex((key) => {
      if (key === null) return false;
      try {
        ctx.session.unlock(key);
        return true;
      } catch {
        return false;
      }
    });
    if (state < 0) throw new Error('No passphrase of the cycle opens the journal.');
  }
  say('ready');
  for (;;) {
    const next = (state + 1) % PASSPHRASE_CYCLE.length;
    ctx.session.changeEncryption(
      PASSPHRASE_CYCLE[state] as string | null,
      PASSPHRASE_CYCLE[next] as string | null,
    );
    state = next;
    say(`s ${state}`);
  }
} else if (mode === 'serve') {
  const { createInterface } = await import('node:readline');
  const { createAppRouter } = await import('../../../src-main/core/all-handlers');
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  const router = createAppRouter(ctx);
  say('ready');
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const request = JSON.parse(line) as { channel: string; payload: unknown };
    void router
      .call(request.channel, request.payload)
      .then((result) => say(JSON.stringify(result)));
  });
  lines.on('close', () => {
    ctx.session.close();
    process.exit(0);
  });
} else if (mode === 'interrupted-write') {
  const { connect } = await import('../../../src-main/db/open');
  const db = connect(dataDir, { key: passphrase ?? null, fileMustExist: true });
  db.pragma('journal_mode = DELETE');
  // A tiny page cache makes SQLite write changed pages to the file before the commit.
  db.pragma('cache_size = 2');
  db.exec('BEGIN; CREATE TABLE scratch (text TEXT)');
  const insert = db.prepare('INSERT INTO scratch VALUES (?)');
  for (let n = 0; n < 2000; n++) insert.run('interrupted '.repeat(40));
  process.kill(process.pid, 'SIGKILL');
} else if (mode === 'web') {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const { createAppRouter } = await import('../../../src-main/core/all-handlers');
  const { startWebServer } = await import('../../../src-main/web/server');
  const { keepServingOnStrayErrors } = await import('../../../src-main/web/process-guard');
  const staticDir = `${dataDir}/static`;
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>Waymark</title>');
  const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
  const server = await startWebServer({ router: createAppRouter(ctx), staticDir });
  keepServingOnStrayErrors();
  say(`port ${server.port} ${server.token}`);
  say('ready');
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line !== 'stray') return;
    setTimeout(() => {
      throw new Error('A stray exception');
    });
    void Promise.reject(new Error('A stray rejection'));
    setTimeout(() => say('strayed'), 50);
  });
} else {
  console.error(`Unknown mode ${mode}`);
  process.exit(2);
}
