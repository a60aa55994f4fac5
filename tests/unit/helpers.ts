import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppContext } from '../../src-main/core/context';
import { openJournal } from '../../src-main/core/open-journal';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** Runs `fn` after the current test, before the folders made earlier in it are removed. */
export function afterThisTest(fn: () => void): void {
  cleanups.push(fn);
}

/** A fresh folder under the system's temp dir, removed after the test. */
export function tempDir(prefix = 'waymark-unit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of `tests/fixtures/<name>` as `waymark.sqlite` in `dataDir` (a fresh one unless given). */
export function copyOfFixture(name: string, dataDir = tempDir()): string {
  const file = join(dataDir, 'waymark.sqlite');
  copyFileSync(join(import.meta.dirname, '..', 'fixtures', name), file);
  return file;
}

/** A real journal (SQLite file, all migrations) in a temp folder, closed after the test. */
export function tempJournal(options: { now?: () => Date; dataDir?: string } = {}): AppContext {
  const ctx = openJournal({ dataDir: options.dataDir ?? tempDir(), host: 'web', now: options.now });
  cleanups.push(() => ctx.session.close());
  return ctx;
}

/** How many rows SQLite has written on this connection so far. */
export function totalChanges(ctx: AppContext): number {
  return (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
