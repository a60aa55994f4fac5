import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { attachmentHeaders, isAttachmentHash, type ReadAttachment } from '../attachments/serve';
import { IMPORT_MAX_CHARS } from '../contract/archive';
import { RENDERER_CSP } from '../contract/security';
import type { Router } from '../core/router';

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Channels that carry a whole file get a larger limit: an import's text travels as a JSON string,
 * where escaping can double its size.
 */
export const CHANNEL_BODY_LIMITS: Record<string, number> = {
  'archive:import': 2 * IMPORT_MAX_CHARS + 64 * 1024,
};

export interface WebServerOptions {
  router: Router;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  port?: number;
  token?: string;
  bodyLimit?: number;
  /** Per-channel limits that replace `bodyLimit` (default: CHANNEL_BODY_LIMITS). */
  channelBodyLimits?: Record<string, number>;
  /** Reads a picture or file kept in the journal, for GET /attachments/<sha256>. */
  attachments?: ReadAttachment;
}

export interface WebServer {
  url: string;
  /** The address the socket is bound to: always 127.0.0.1. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser edition's host: serves the built renderer and the router over HTTP, on 127.0.0.1
 * only. API calls must carry the session token; a foreign Host header (DNS rebinding) is refused.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const channelBodyLimits = options.channelBodyLimits ?? CHANNEL_BODY_LIMITS;
  const root = resolve(options.staticDir);
  let allowedHosts = new Set<string>();
  // An <img> cannot send the Bearer header, and the token must stay out of addresses and logs: the
  // page presents the token once and gets this cookie, which only the attachment route reads.
  const attachmentSecret = randomBytes(24).toString('base64url');
  let attachmentCookie = 'waymark_attachments';

  function hasAttachmentCookie(req: IncomingMessage): boolean {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === attachmentCookie && sameSecret(value.join('='), attachmentSecret)) return true;
    }
    return false;
  }

  function handleAttachments(req: IncomingMessage, res: ServerResponse, rest: string): void {
    if (rest === 'session') {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.');
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!sameSecret(given, token))
        return send(res, 401, 'Waymark needs the session token to answer.');
      res.writeHead(204, {
        ...SECURITY_HEADERS,
        'Cache-Control': 'no-store',
        'Set-Cookie': `${attachmentCookie}=${attachmentSecret}; Path=/attachments/; HttpOnly; SameSite=Strict`,
      });
      return void res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    if (!hasAttachmentCookie(req))
      return send(res, 401, 'Waymark needs this tab’s session to show that.');
    let found: ReturnType<ReadAttachment> = null;
    if (isAttachmentHash(rest) && options.attachments) {
      try {
        found = options.attachments(rest);
      } catch {
        // A locked journal, or one waiting on the recovery screen, shows nothing.
        found = null;
      }
    }
    if (!found) return send(res, 404, 'That picture or file is not in the journal.');
    res.writeHead(200, attachmentHeaders(found.attachment));
    if (req.method === 'HEAD') return void res.end();
    res.end(found.bytes);
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!sameSecret(given, token))
      return send(res, 401, 'Waymark needs the session token to answer.');
    if (req.method !== 'POST') return send(res, 405, 'Use POST.');
    let body: string;
    const name = decodeURIComponent(channel);
    const limit = channelBodyLimits[name] ?? bodyLimit;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        const megabytes = Math.floor(limit / (1024 * 1024));
        const result = {
          ok: false,
          error: {
            code: 'invalid_input',
            message:
              name === 'archive:import'
                ? `This file is too large to import: Waymark reads export files up to ${Math.floor(IMPORT_MAX_CHARS / (1024 * 1024))} MB.`
                : `That request is too large for Waymark to accept (the limit is ${megabytes || 1} MB).`,
            fields: [],
          },
        };
        return send(res, 413, JSON.stringify(result), CONTENT_TYPES['.json']);
      }
      throw error;
    }
    let payload: unknown;
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      const result = {
        ok: false,
        error: { code: 'invalid_input', message: 'The request was not valid JSON.', fields: [] },
      };
      return send(res, 400, JSON.stringify(result), CONTENT_TYPES['.json']);
    }
    const result = await options.router.call(name, payload);
    send(res, 200, JSON.stringify(result), CONTENT_TYPES['.json']);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    const relative =
      pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'Not found.');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return send(res, 403, 'Waymark only answers requests addressed to 127.0.0.1 or localhost.');
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    const attachment = /^\/attachments\/([^/]*)$/.exec(pathname);
    const work = api
      ? handleApi(req, res, api[1] as string)
      : attachment
        ? Promise.resolve(handleAttachments(req, res, attachment[1] as string))
        : Promise.resolve(handleStatic(req, res, pathname));
    work.catch((error: unknown) => {
      console.error('[waymark] request failed:', error);
      if (!res.headersSent) send(res, 500, 'Waymark could not answer that request.');
      else res.end();
    });
  });

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      // Cookies are shared by every port of a host: one per server, so two never overwrite each other.
      attachmentCookie = `waymark_attachments_${port}`;
      resolveServer({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        address,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
