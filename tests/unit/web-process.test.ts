import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keepServingOnStrayErrors } from '../../src-main/web/process-guard';
import { workerScript } from './child/build';
import { startWorker, type Worker } from './child/run';
import { tempDir } from './helpers';
import { bodyOf, rawRequest, statusOf } from './raw-http';

function get(port: number, target: string): Promise<string> {
  return rawRequest(
    port,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
}

function waitForLine(worker: Worker, wanted: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = worker.lines.find((line) => wanted.test(line));
      if (found) return resolve(found);
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
        return reject(new Error(`The server process ended:\n${worker.stderr()}`));
      }
      if (Date.now() - started > 10_000) return reject(new Error(`No line like ${wanted}`));
      setTimeout(look, 20);
    };
    look();
  });
}

describe('the browser edition as a process', () => {
  it('stays up through hostile requests and errors that escape every request', async () => {
    const worker = startWorker(await workerScript(), ['web', tempDir()], { stdin: true });
    try {
      await worker.ready;
      const [, port, token] = (await waitForLine(worker, /^port /)).split(' ');
      const at = Number(port);
      for (const target of ['/%ff', '/%', '/assets/%E0%A4%A', 'http://[']) {
        expect(statusOf(await get(at, target)), target).toBe(400);
      }
      worker.child.stdin?.write('stray\n');
      await waitForLine(worker, /^strayed$/);

      expect(worker.child.exitCode).toBeNull();
      expect(statusOf(await get(at, '/'))).toBe(200);
      const body = '{}';
      const listed = await rawRequest(
        at,
        `POST /api/journal:list HTTP/1.1\r\nHost: 127.0.0.1:${at}\r\n` +
          `Authorization: Bearer ${token}\r\nContent-Length: ${body.length}\r\n` +
          `Connection: close\r\n\r\n${body}`,
      );
      expect(statusOf(listed)).toBe(200);
      expect(JSON.parse(bodyOf(listed))).toMatchObject({ ok: true });
      expect(worker.stderr()).toContain('A stray exception');
      expect(worker.stderr()).toContain('A stray rejection');
    } finally {
      worker.child.kill('SIGKILL');
      await worker.closed;
    }
  });
});

describe('the guard against stray errors', () => {
  it('logs both kinds and can be removed again', () => {
    const target = new EventEmitter();
    const logged: unknown[][] = [];
    const remove = keepServingOnStrayErrors(target, (...parts) => logged.push(parts));
    target.emit('uncaughtException', new Error('thrown'));
    target.emit('unhandledRejection', 'rejected');
    expect(logged).toEqual([
      ['[waymark] an error escaped a request; still serving:', new Error('thrown')],
      ['[waymark] a failure nobody waited for; still serving:', 'rejected'],
    ]);
    remove();
    expect(target.eventNames()).toEqual([]);
  });
});
