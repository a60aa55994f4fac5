import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CHANNEL_BODY_LIMITS, DEFAULT_BODY_LIMIT } from '../../src-main/web/server';
import { totalChanges } from './helpers';
import { serveJournal } from './web-host';

function send(
  port: number,
  options: {
    path: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('the browser edition server', () => {
  it('prints an address on 127.0.0.1 carrying the session token', async () => {
    const { server } = await serveJournal();
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[\\w-]{20,}$`),
    );
  });

  it('answers an API call that carries the token', async () => {
    const { server } = await serveJournal();
    const res = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { title: '' } });
  });

  it('answers 401 without the token, or with a wrong one, and writes nothing', async () => {
    const { ctx, server } = await serveJournal();
    const before = totalChanges(ctx);
    const none = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      body: '{}',
    });
    const wrong = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      headers: { Authorization: 'Bearer not-the-token' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(totalChanges(ctx)).toBe(before);
  });

  it('answers 403 to a foreign Host header (DNS rebinding), even with the token', async () => {
    const { server } = await serveJournal();
    const res = await send(server.port, {
      path: '/api/journal:list',
      method: 'POST',
      headers: { Host: `evil.example:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const page = await send(server.port, { path: '/', headers: { Host: 'attacker.test' } });
    expect(page.status).toBe(403);
    const local = await send(server.port, {
      path: '/',
      headers: { Host: `localhost:${server.port}` },
    });
    expect(local.status).toBe(200);
  });

  it('answers 413 to an oversized body and writes nothing', async () => {
    const { ctx, server } = await serveJournal({ bodyLimit: 1024 });
    const before = totalChanges(ctx);
    const res = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({
        body: { type: 'doc', content: [{ type: 'text', text: 'x'.repeat(5000) }] },
      }),
    });
    expect(res.status).toBe(413);
    expect(totalChanges(ctx)).toBe(before);
  });

  it('lets an import carry a larger body, and says in words when a file is over the limit', async () => {
    const { ctx, server } = await serveJournal({
      bodyLimit: 1024,
      channelBodyLimits: { 'archive:import': 8192 },
    });
    const post = (text: string) =>
      send(server.port, {
        path: '/api/archive:import',
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ text }),
      });
    const before = totalChanges(ctx);
    const allowed = await post(`{"format": "not waymark", "padding": "${'x'.repeat(4000)}"}`);
    expect(allowed.status).toBe(200); // over the general limit, within the import's
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const over = await post('x'.repeat(10_000));
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/^This file is too large to import: .* up to 32 MB\.$/),
      },
    });
    expect(totalChanges(ctx)).toBe(before);
  });

  it('by default lets an import body exceed the 16 MB limit of other calls', () => {
    expect(CHANNEL_BODY_LIMITS['archive:import']).toBeGreaterThan(2 * 32 * 1024 * 1024);
    expect(DEFAULT_BODY_LIMIT).toBe(16 * 1024 * 1024);
  });

  it('answers bad JSON with a typed error', async () => {
    const { server } = await serveJournal();
    const res = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{"body": ',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('takes a file part as a raw binary body, and refuses binary bodies elsewhere', async () => {
    const { ctx, server } = await serveJournal();
    const auth = { Authorization: `Bearer ${server.token}` };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 0x41)]);
    const begun = await send(server.port, {
      path: '/api/attachments:begin',
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'offer.pdf', size: pdf.length }),
    });
    const { uploadId } = JSON.parse(begun.body).value as { uploadId: string };
    const binary = { ...auth, 'Content-Type': 'application/octet-stream' };
    const part = await send(server.port, {
      path: `/api/attachments:part?uploadId=${uploadId}`,
      method: 'POST',
      headers: binary,
      body: pdf,
    });
    expect(JSON.parse(part.body)).toMatchObject({ ok: true, value: { received: pdf.length } });

    const before = totalChanges(ctx);
    const elsewhere = await send(server.port, {
      path: '/api/journal:create',
      method: 'POST',
      headers: binary,
      body: pdf,
    });
    expect(elsewhere.status).toBe(415);
    expect(JSON.parse(elsewhere.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(totalChanges(ctx)).toBe(before);
  });

  it('serves the app with a strict Content-Security-Policy and refuses paths outside it', async () => {
    const { server } = await serveJournal();
    const res = await send(server.port, { path: '/' });
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const escape = await send(server.port, { path: '/../../etc/passwd' });
    expect(escape.status).toBe(404);
    const encoded = await send(server.port, { path: '/%2e%2e/%2e%2e/etc/passwd' });
    expect(encoded.status).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { server } = await serveJournal();
    expect(server.address).toBe('127.0.0.1');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: external.address, port: server.port });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
      expect(reached).toBe(false);
    }
    const loopback = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: server.port });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    expect(loopback).toBe(true);
  });
});
