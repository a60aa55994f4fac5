import { spawn, type ChildProcess } from 'node:child_process';

export interface Worker {
  child: ChildProcess;
  /** Complete lines printed so far. */
  lines: string[];
  /** Resolves with every complete line once the process has exited and its output is read. */
  closed: Promise<string[]>;
  /** Resolves when the worker printed `ready`. */
  ready: Promise<void>;
  /** What the worker wrote to stderr so far. */
  stderr(): string;
}

/** Starts the test worker (see worker.ts) with `args`; `command` lets a test run it as another user. */
export function startWorker(
  script: string,
  args: string[],
  options: { command?: string[]; stdin?: boolean } = {},
): Worker {
  const [program, ...prefix] = options.command ?? [process.execPath];
  const child = spawn(program as string, [...prefix, script, ...args], {
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let errors = '';
  let onReady: () => void = () => undefined;
  let onFail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  // A worker killed before it is ready is often the point of the test, not an error.
  ready.catch(() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (line === 'ready') onReady();
      lines.push(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const closed = new Promise<string[]>((resolve) => {
    child.on('close', (code, signal) => {
      if (signal === null && code !== 0)
        onFail(new Error(`The worker exited (${code}): ${errors}`));
      else
        onFail(new Error(`The worker stopped (${signal ?? code}) before it was ready. ${errors}`));
      resolve(lines);
    });
  });
  return { child, lines, closed, ready, stderr: () => errors };
}
