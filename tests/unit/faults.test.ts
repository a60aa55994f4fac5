import Database from '../../src-main/db/sqlite';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/contract';
import type { Entry } from '../../src-main/contract/journal';
import { createAppRouter } from '../../src-main/core/all-handlers';
import type { AppContext } from '../../src-main/core/context';
import { openJournal } from '../../src-main/core/open-journal';
import { listEntries } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { Autosaver, type SaveState } from '../../src-renderer/editor/autosave';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { tempDir, tempJournal } from './helpers';

/** A title line and enough text that a save needs new pages in the file. */
const body = (title: string) => docFromParagraphs([title, 'Notes. '.repeat(15_000)]);

type Router = ReturnType<typeof createAppRouter>;

function expectError(result: Result<unknown>, code: string, message: RegExp): void {
  expect(result.ok, 'the call should have failed').toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  }
}

async function createdId(router: Router, title: string): Promise<string> {
  const created = await router.call('journal:create', { body: body(title) });
  expect(created.ok).toBe(true);
  return (created as { value: Entry }).value.id;
}

/**
 * The editor's own autosaver saving through the router, as the window does. While the fault lasts
 * the text stays unsaved and is retried, with the reason in words; typing goes on; once the fault
 * clears, the newest text is saved.
 */
async function editThroughFault(
  router: Router,
  id: string,
  fault: { start: () => void; clear: () => void },
): Promise<string[]> {
  let text = 'Draft one';
  const states: SaveState[] = [];
  const reasons: string[] = [];
  const autosaver = new Autosaver({
    delayMs: 0,
    retryDelayMs: () => 5,
    save: async () => {
      const result = await router.call('journal:update', { id, body: body(text) });
      if (!result.ok) throw new Error(result.error.message);
    },
    onState: (state, error) => {
      states.push(state);
      if (error) reasons.push((error as Error).message);
    },
  });
  fault.start();
  autosaver.change();
  expect(await autosaver.flush()).toBe(false);
  text = 'Draft two, typed while saving failed';
  autosaver.change();
  expect(await autosaver.flush()).toBe(false);
  expect(autosaver.dirty).toBe(true);
  expect(states).toContain('failed');
  fault.clear();
  expect(await autosaver.flush()).toBe(true);
  expect(states.at(-1)).toBe('saved');
  autosaver.dispose();
  const saved = await router.call('journal:get', { id });
  expect(saved.ok && (saved.value as Entry).title).toBe('Draft two, typed while saving failed');
  return reasons;
}

function integrityOf(ctx: AppContext): unknown {
  return ctx.db.pragma('integrity_check', { simple: true });
}

describe('a full disk', () => {
  it('says so in words, keeps the text, and the next save succeeds once there is room', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const id = await createdId(router, 'Before the disk filled up');
    const reasons = await editThroughFault(router, id, {
      // SQLite's limit on the file's size stands in for a disk with no room left.
      start: () =>
        ctx.db.pragma(
          `max_page_count = ${ctx.db.pragma('page_count', { simple: true }) as number}`,
        ),
      clear: () => ctx.db.pragma('max_page_count = 1073741823'),
    });
    expect(reasons[0]).toMatch(
      /^The disk is full, so Waymark could not save\. .*your text is kept/,
    );
    expect(integrityOf(ctx)).toBe('ok');
  });
});

describe('a journal locked by another program', () => {
  it('says so in words, keeps the text, and saves once the other program lets go', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const id = await createdId(router, 'Before the lock');
    ctx.db.pragma('busy_timeout = 50'); // the app waits 5 s; the test need not
    const other = new Database(ctx.databaseFile);
    try {
      const reasons = await editThroughFault(router, id, {
        start: () => other.exec('BEGIN EXCLUSIVE'),
        clear: () => other.exec('COMMIT'),
      });
      expect(reasons[0]).toMatch(/^Another program is holding the journal file/);
    } finally {
      other.close();
    }
    expect(integrityOf(ctx)).toBe('ok');
  });
});

describe('a journal that cannot be written', () => {
  it('(in this process) reports it, then reopens the file for the next save', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const id = await createdId(router, 'Before it went read-only');
    const before = ctx.db;
    // query_only makes this connection refuse writes with SQLITE_READONLY, exactly as a handle
    // SQLite had to open read-only does (tests run as root, where file permissions do not apply;
    // the next test uses a real read-only folder as an unprivileged user).
    before.pragma('query_only = 1');
    expectError(
      await router.call('journal:update', { id, body: body('Typed while read-only') }),
      'storage_readonly',
      /^Waymark is not allowed to write to its data folder/,
    );
    // The failure makes the session open the file afresh: the retry is written.
    const retry = await router.call('journal:update', { id, body: body('Typed while read-only') });
    expect(retry.ok).toBe(true);
    expect(ctx.db).not.toBe(before);
    expect(before.open).toBe(false);
    expect(listEntries(ctx.db).map((e) => e.title)).toEqual(['Typed while read-only']);
  });

  it('(a real read-only folder, as an unprivileged user) reports it and saves once it is writable', async () => {
    const script = await workerScript();
    const dataDir = tempDir();
    const seed = openJournal({ dataDir, host: 'web', dailyBackup: false });
    seed.session.close();
    const file = join(dataDir, 'waymark.sqlite');
    // As root, permissions do not stop writes, so the worker runs as `nobody` (setpriv drops to it).
    const asRoot = process.getuid?.() === 0;
    const user = asRoot
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
      : undefined;
    if (asRoot) {
      chownSync(dataDir, 65534, 65534);
      chownSync(file, 65534, 65534);
    }
    chmodSync(file, 0o444);
    chmodSync(dataDir, 0o555);
    const worker = startWorker(script, ['serve', dataDir], { command: user, stdin: true });
    try {
      await worker.ready;
      const ask = async (channel: string, payload: unknown): Promise<Result<unknown>> => {
        const count = worker.lines.length;
        worker.child.stdin?.write(`${JSON.stringify({ channel, payload })}\n`);
        while (worker.lines.length === count)
          await new Promise((resolve) => setTimeout(resolve, 5));
        return JSON.parse(worker.lines[count] as string) as Result<unknown>;
      };
      expectError(
        await ask('journal:create', { body: body('Written to a read-only folder') }),
        'storage_readonly',
        /not allowed to write to its data folder/,
      );
      chmodSync(dataDir, 0o755);
      chmodSync(file, 0o644);
      const saved = await ask('journal:create', { body: body('Written once it was writable') });
      expect(saved.ok).toBe(true);
      const list = await ask('journal:list', {});
      expect(list.ok && (list.value as Entry[]).map((e) => e.title)).toEqual([
        'Written once it was writable',
      ]);
    } finally {
      worker.child.stdin?.end();
      await worker.closed;
    }
    expect(execFileSync('ls', [dataDir]).toString()).toMatch(/waymark\.sqlite/);
  });
});

describe('a data folder that disappears while Waymark runs', () => {
  it('renamed away: nothing is written until it is back, then saving resumes in the same file', async () => {
    const dataDir = join(tempDir(), 'Waymark');
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    const router = createAppRouter(ctx);
    const id = await createdId(router, 'Before the folder moved');
    const moved = `${dataDir}-moved`;
    const reasons = await editThroughFault(router, id, {
      start: () => renameSync(dataDir, moved),
      clear: () => renameSync(moved, dataDir),
    });
    expect(reasons[0]).toMatch(
      /^Waymark cannot find its data folder \(.*Waymark\)\. .*your text is kept/,
    );
    expect(listEntries(ctx.db)).toHaveLength(1);
    ctx.session.close();
  });

  it('deleted: once the folder exists again, the journal is written back from the open file', async () => {
    const dataDir = join(tempDir(), 'Waymark');
    const ctx = openJournal({ dataDir, host: 'web', dailyBackup: false });
    const router = createAppRouter(ctx);
    const id = await createdId(router, 'Before the folder was deleted');
    await createdId(router, 'Another entry');
    const reasons = await editThroughFault(router, id, {
      start: () => rmSync(dataDir, { recursive: true, force: true }),
      clear: () => mkdirSync(dataDir),
    });
    expect(reasons[0]).toMatch(/cannot find its data folder/);
    expect(existsSync(join(dataDir, 'waymark.sqlite'))).toBe(true);
    expect(
      listEntries(ctx.db)
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Another entry', 'Draft two, typed while saving failed']);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ctx.session.close();
    // And it is really on disk, not only in the open connection.
    const reopened = openJournal({ dataDir, host: 'web', dailyBackup: false });
    expect(listEntries(reopened.db)).toHaveLength(2);
    reopened.session.close();
  });
});
