import { spawn, type ChildProcess } from 'node:child_process';

export interface WebHost {
  /** The address with its session token, as `npm run web` prints it. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the built browser edition (`out/main/web.js`) on a free port over `dataDir`. */
export function startWebHost(webEntry: string, dataDir: string): Promise<WebHost> {
  return new Promise((resolveStart, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [webEntry, '--data-dir', dataDir, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The browser edition did not start within 30 s:\n${output}`));
    }, 30_000);
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Waymark is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const url = match[1];
        // A returning person: no first-run welcome, and the journal rather than Today.
        const { origin, hash } = new URL(url);
        fetch(`${origin}/api/welcome:skip`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${hash.replace('#token=', '')}`,
            'Content-Type': 'application/json',
          },
          body: '{}',
        }).then(
          () => resolveStart({ url: `${url}&open=journal`, stop }),
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        );
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser edition exited (${code}) before it was ready:\n${output}`));
    });
  });
}
