import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { workerScript } from './child/build';
import { startWorker } from './child/run';

/**
 * Starts a Waymark process that saves entries into `dataDir` (unlocking it with `passphrase` when
 * given), kills it with SIGKILL once it has confirmed `creates` new entries, and returns the ids of
 * every entry it confirmed creating.
 */
export async function crashWhileSaving(
  dataDir: string,
  options: { creates?: number; passphrase?: string } = {},
): Promise<string[]> {
  const script = await workerScript();
  const args = ['save-loop', dataDir, ...(options.passphrase ? [options.passphrase] : [])];
  const worker = startWorker(script, args);
  await worker.ready;
  const creates = options.creates ?? 20;
  while (worker.lines.filter((line) => line.startsWith('c ')).length < creates) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  worker.child.kill('SIGKILL');
  return (await worker.closed)
    .filter((line) => line.startsWith('c '))
    .map((line) => line.split(' ')[2] as string);
}

/** Overwrites a whole file with random bytes of the same length; returns what it held before. */
export function overwriteWithRandomBytes(file: string): Buffer {
  const before = readFileSync(file);
  writeFileSync(file, randomBytes(before.length));
  return before;
}

/** Overwrites `length` bytes of a file at `offset` with garbage, leaving the rest as it was. */
export function scribble(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(length), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}
