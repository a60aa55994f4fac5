import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAttachment, readAttachment } from '../../src-main/attachments/service';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { pdfBytes, pngBytes } from './attachment-fixtures';
import { tempDir, tempJournal } from './helpers';

const registered: { scheme: string; handler: (request: Request) => Response }[] = [];
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: vi.fn() },
}));
const { serveAttachments, declareAttachmentScheme } =
  await import('../../src-main/electron/attachment-protocol');
const { protocol } = await import('electron');

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const ctx = tempJournal();
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Waymark</title>');
  server = await startWebServer({
    router: createAppRouter(ctx),
    staticDir,
    port: 0,
    attachments: (sha256) => readAttachment(ctx.db, sha256),
  });
  const png = await addAttachment(ctx.db, { name: 'talk.png', bytes: pngBytes() });
  const pdf = await addAttachment(ctx.db, { name: 'offer "final".pdf', bytes: pdfBytes() });
  return { ctx, server, png, pdf };
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function cookieFor(server: WebServer): Promise<string> {
  const answer = await send(server.port, '/attachments/session', {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(answer.status).toBe(204);
  const setCookie = String(answer.headers['set-cookie']);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  expect(setCookie).not.toContain(server.token);
  return setCookie.split(';')[0] as string;
}

describe('the browser edition’s attachment route', () => {
  it('refuses without the session cookie, and gives no cookie without the token', async () => {
    const { server, png } = await start();
    const bare = await send(server.port, `/attachments/${png.sha256}`);
    expect(bare.status).toBe(401);
    expect(bare.body.includes(pngBytes())).toBe(false);
    // The token in the address is not how it works: still refused.
    const inUrl = await send(server.port, `/attachments/${png.sha256}?token=${server.token}`);
    expect(inUrl.status).toBe(401);
    const wrongToken = await send(server.port, '/attachments/session', {
      method: 'POST',
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrongToken.status).toBe(401);
    expect(wrongToken.headers['set-cookie']).toBeUndefined();
    const forged = await send(server.port, `/attachments/${png.sha256}`, {
      headers: { Cookie: `waymark_attachments_${server.port}=guess` },
    });
    expect(forged.status).toBe(401);
  });

  it('answers a picture with its type, nosniff and a CSP that lets nothing run', async () => {
    const { server, png } = await start();
    const cookie = await cookieFor(server);
    const answer = await send(server.port, `/attachments/${png.sha256}`, {
      headers: { Cookie: cookie },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-disposition']).toBeUndefined();
    expect(answer.body.equals(pngBytes())).toBe(true);
  });

  it('sends any other file as a download under its own name, and 404s what is not there', async () => {
    const { server, pdf } = await start();
    const cookie = await cookieFor(server);
    const answer = await send(server.port, `/attachments/${pdf.sha256}`, {
      headers: { Cookie: cookie },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''offer%20_final_.pdf",
    );
    const missing = await send(server.port, `/attachments/${'0'.repeat(64)}`, {
      headers: { Cookie: cookie },
    });
    expect(missing.status).toBe(404);
    const odd = await send(server.port, '/attachments/..%2F..%2Fetc%2Fpasswd', {
      headers: { Cookie: cookie },
    });
    expect(odd.status).toBe(404);
  });
});

describe('the desktop app’s attachment protocol', () => {
  it('declares the scheme and serves pictures with the same headers', async () => {
    const ctx = tempJournal();
    const png = await addAttachment(ctx.db, { name: 'talk.png', bytes: pngBytes() });
    declareAttachmentScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'waymark-attachment' }),
    ]);
    const session = {
      protocol: {
        handle: vi.fn((scheme: string, handler: (request: Request) => Response) =>
          registered.push({ scheme, handler }),
        ),
      },
    };
    serveAttachments(session as never, (sha256) => readAttachment(ctx.db, sha256));
    const handler = registered[0]?.handler as (request: Request) => Response;
    expect(registered[0]?.scheme).toBe('waymark-attachment');
    const answer = handler(new Request(`waymark-attachment://${png.sha256}`));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await answer.arrayBuffer()).equals(pngBytes())).toBe(true);
    expect(handler(new Request(`waymark-attachment://${'1'.repeat(64)}`)).status).toBe(404);
    // A locked journal throws when read: nothing is shown.
    serveAttachments(session as never, () => {
      throw new Error('journal_locked');
    });
    const locked = registered[1]?.handler as (request: Request) => Response;
    expect(locked(new Request(`waymark-attachment://${png.sha256}`)).status).toBe(404);
  });
});
