import { describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../src-main/web/server';
import { totalChanges } from './helpers';
import { bodyOf, rawRequest, statusOf } from './raw-http';
import { serveJournal } from './web-host';

function get(port: number, target: string, headers = ''): Promise<string> {
  return rawRequest(
    port,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`,
  );
}

function post(port: number, target: string, headers: string, body = '{}'): Promise<string> {
  return rawRequest(
    port,
    `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

describe('the browser edition server, sent what no browser of ours sends', () => {
  it('answers malformed paths and request lines with 400 and keeps serving', async () => {
    const { server } = await serveJournal();
    const { port } = server;
    for (const target of ['/%ff', '/%', '/assets/%E0%A4%A', '/%00', 'http://[', '*', 'x']) {
      const answer = await get(port, target);
      expect(statusOf(answer), `GET ${target}`).toBe(400);
    }
    const lines = [
      `GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      `\u0000\u00ff HELLO\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: -1\r\n\r\n`,
    ];
    for (const line of lines) {
      expect(statusOf(await rawRequest(port, Buffer.from(line, 'latin1'))), line).toBe(400);
    }
    // Still serving: the app and the API answer as before.
    expect(statusOf(await get(port, '/'))).toBe(200);
    const listed = await post(
      port,
      '/api/journal:list',
      `Authorization: Bearer ${server.token}\r\n`,
    );
    expect(statusOf(listed)).toBe(200);
    expect(JSON.parse(bodyOf(listed))).toMatchObject({ ok: true });
  });

  it('answers an API address that cannot be decoded with a typed error, not a failure', async () => {
    const { ctx, server } = await serveJournal();
    const before = totalChanges(ctx);
    for (const target of ['/api/%ff', '/api/%', '/api/journal%3Acreate%E0%A4%A']) {
      const answer = await post(server.port, target, `Authorization: Bearer ${server.token}\r\n`);
      expect(statusOf(answer), target).toBe(404);
      expect(JSON.parse(bodyOf(answer)), target).toEqual({
        ok: false,
        error: {
          code: 'unknown_channel',
          message: 'Waymark has no action at this address.',
          fields: [],
        },
      });
    }
    expect(totalChanges(ctx)).toBe(before);
  });

  it('refuses an API call sent from another site, even with the token, and writes nothing', async () => {
    const { ctx, server } = await serveJournal();
    const before = totalChanges(ctx);
    const auth = `Authorization: Bearer ${server.token}\r\n`;
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${server.port}`,
      'null',
      `https://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port + 1}`,
    ]) {
      const answer = await post(server.port, '/api/journal:create', `${auth}Origin: ${origin}\r\n`);
      expect(statusOf(answer), origin).toBe(403);
      expect(JSON.parse(bodyOf(answer)), origin).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('another site') },
      });
    }
    expect(totalChanges(ctx)).toBe(before);
    // The app's own page sends its own origin, as 127.0.0.1 or localhost; a tool sends none.
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const answer = await post(server.port, '/api/journal:list', `${auth}Origin: ${origin}\r\n`);
      expect(statusOf(answer), origin).toBe(200);
    }
    expect(statusOf(await post(server.port, '/api/journal:list', auth))).toBe(200);
  });

  it('closes a connection whose headers or body never finish', async () => {
    const { server } = await serveJournal({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const started = Date.now();
    const slowHeaders = rawRequest(
      server.port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: `,
      8000,
    );
    const slowBody = rawRequest(
      server.port,
      `POST /api/journal:create HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
        `Authorization: Bearer ${server.token}\r\nContent-Length: 100\r\n\r\n{"body":`,
      8000,
    );
    expect(statusOf(await slowHeaders)).toBe(408);
    expect(statusOf(await slowBody)).toBe(408);
    expect(Date.now() - started).toBeLessThan(7000);
    expect(statusOf(await get(server.port, '/'))).toBe(200);
  });

  it('by default gives a request 10 s for its headers and a minute in all', () => {
    expect(HEADERS_TIMEOUT_MS).toBe(10_000);
    expect(REQUEST_TIMEOUT_MS).toBe(60_000);
  });
});
