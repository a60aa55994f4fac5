import Database from '../../src-main/db/sqlite';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyKey } from '../../src-main/db/cipher';
import { checkWal } from '../../src-main/db/wal-check';
import { workerScript } from './child/build';
import { startWorker } from './child/run';
import { overwriteWithRandomBytes, scribble } from './crash-helpers';
import { afterThisTest, tempDir } from './helpers';

const FRAME = 24 + 4096;

/**
 * A journal left open (its WAL exactly as a crash would leave it) after `saves` commits of about one
 * page each. A small autocheckpoint makes SQLite rewrite the WAL from its start several times, so
 * frames of older generations follow the current ones, as they do after a long session.
 */
function openWal(
  saves: number,
  options: { key?: string; autocheckpoint?: number; lastTransactionRows?: number } = {},
) {
  const file = join(tempDir(), 'waymark.sqlite');
  const db = new Database(file);
  afterThisTest(() => db.close());
  if (options.key) applyKey(db, options.key);
  db.pragma('journal_mode = WAL');
  db.pragma(`wal_autocheckpoint = ${options.autocheckpoint ?? 1000}`);
  db.exec('CREATE TABLE notes (body TEXT)');
  const insert = db.prepare('INSERT INTO notes VALUES (?)');
  for (let i = 0; i < saves; i++) insert.run(`${'A confirmed save. '.repeat(200)}${i}`);
  const rows = options.lastTransactionRows ?? 0;
  if (rows > 0) {
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(`${'One larger save. '.repeat(200)}${i}`);
    })();
  }
  return `${file}-wal`;
}

function frameCount(wal: string): number {
  return Math.floor((statSync(wal).size - 32) / FRAME);
}

/** How many frames, from the start, carry the header's salts (the WAL's current generation). */
function currentFrames(wal: string): number {
  const bytes = readFileSync(wal);
  let n = 0;
  while (
    32 + (n + 1) * FRAME <= bytes.length &&
    bytes.readUInt32BE(32 + n * FRAME + 8) === bytes.readUInt32BE(16) &&
    bytes.readUInt32BE(32 + n * FRAME + 12) === bytes.readUInt32BE(20)
  ) {
    n++;
  }
  return n;
}

describe('checking a write-ahead log before SQLite reads it', () => {
  it('finds nothing wrong in a WAL left by a crash, however often it was rewritten', () => {
    const wal = openWal(300, { autocheckpoint: 40 });
    const header = readFileSync(wal);
    expect(header.readUInt32BE(12)).toBeGreaterThan(3); // rewritten from the start at least 3 times
    expect(checkWal(wal)).toEqual({ ok: true });
  });

  it('finds nothing wrong in a missing, empty or header-only WAL', () => {
    const dir = tempDir();
    expect(checkWal(join(dir, 'none-wal'))).toEqual({ ok: true });
    writeFileSync(join(dir, 'empty-wal'), '');
    expect(checkWal(join(dir, 'empty-wal'))).toEqual({ ok: true });
    const wal = openWal(3);
    truncateSync(wal, 32);
    expect(checkWal(wal)).toEqual({ ok: true });
  });

  it('accepts a last frame cut short by the crash: that save was never confirmed', () => {
    const wal = openWal(20);
    truncateSync(wal, statSync(wal).size - 1000);
    expect(checkWal(wal)).toEqual({ ok: true });
    truncateSync(wal, 32 + (frameCount(wal) - 1) * FRAME + 24);
    expect(checkWal(wal)).toEqual({ ok: true });
  });

  it('accepts a frame header a kill cut at a 4 KB boundary, after salt-1', () => {
    const wal = openWal(300, { autocheckpoint: 40 });
    const bytes = readFileSync(wal);
    const torn = 32 + currentFrames(wal) * FRAME; // the first frame of an older generation
    expect(checkWal(wal)).toEqual({ ok: true });
    bytes.copy(bytes, torn + 8, 16, 20); // its new salt-1 reached the disk, its salt-2 did not
    writeFileSync(wal, bytes);
    expect(checkWal(wal)).toEqual({ ok: true });
  });

  it('finds a WAL overwritten with random bytes', () => {
    const wal = openWal(20);
    overwriteWithRandomBytes(wal);
    expect(checkWal(wal)).toEqual({ ok: false, problem: expect.stringMatching(/first bytes/) });
  });

  it('finds a damaged page that confirmed saves come after', () => {
    const wal = openWal(20);
    scribble(wal, 32 + 2 * FRAME + 24 + 100, 50); // inside the page of the third frame
    expect(checkWal(wal)).toEqual({
      ok: false,
      problem: 'Page 3 of the write-ahead log is damaged, and the saves after it cannot be read.',
    });
  });

  it('accepts a broken frame inside the last transaction, as a kill while SQLite re-checksums it leaves', () => {
    const wal = openWal(10, { lastTransactionRows: 4 });
    const frames = currentFrames(wal);
    const bytes = readFileSync(wal);
    const commits = (n: number) => bytes.readUInt32BE(32 + (n - 1) * FRAME + 4) !== 0;
    expect(commits(frames)).toBe(true);
    expect(commits(frames - 1)).toBe(false); // the last transaction spans several frames
    scribble(wal, 32 + (frames - 2) * FRAME + 24 + 100, 50); // inside its second-to-last page
    expect(checkWal(wal)).toEqual({ ok: true });
  });

  it('finds garbage where the frames of the last saves should be', () => {
    const wal = openWal(300, { autocheckpoint: 40 });
    const current = currentFrames(wal);
    expect(frameCount(wal)).toBeGreaterThan(current + 3); // older frames follow
    scribble(wal, 32 + (current - 2) * FRAME, 2 * FRAME);
    expect(checkWal(wal)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/belongs to no save/),
    });
  });

  it('reads the WAL of an encrypted journal without its passphrase, and finds its damage', () => {
    const wal = openWal(20, { key: 'correct horse battery staple' });
    expect(readFileSync(wal).includes('A confirmed save')).toBe(false);
    expect(checkWal(wal)).toEqual({ ok: true });
    scribble(wal, 32 + FRAME + 24 + 8, 16);
    expect(checkWal(wal)).toMatchObject({ ok: false, problem: expect.stringMatching(/Page 2/) });
    overwriteWithRandomBytes(wal);
    expect(checkWal(wal)).toMatchObject({ ok: false });
  });
});

describe('a WAL another process is writing at that moment', () => {
  it('is never taken for a damaged one', async () => {
    const dataDir = tempDir();
    const script = await workerScript();
    const worker = startWorker(script, ['save-loop', dataDir]);
    afterThisTest(() => worker.child.kill('SIGKILL'));
    await worker.ready;
    const wal = join(dataDir, 'waymark.sqlite-wal');
    const results = new Set<string>();
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      results.add(JSON.stringify(checkWal(wal)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect([...results]).toEqual([JSON.stringify({ ok: true })]);
  });
});
