import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { attachmentHeaders, isAttachmentHash, type ReadAttachment } from '../attachments/serve';
import { IMPORT_MAX_CHARS } from '../contract/archive';
import type { Router } from '../core/router';
import {
  BodyTooLarge,
  CONTENT_TYPES,
  decoded,
  readBody,
  requestPath,
  requestQuery,
  SECURITY_HEADERS,
  send,
  sendError,
} from './http';

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * A request that has not sent its headers within this time, or all of it within the next, is
 * answered 408 and its connection closed: a slow sender cannot hold one open for ever. A minute is
 * ample for the largest import over the loopback.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Channels that carry a whole file get a larger limit: an import's text travels as a JSON string,
 * where escaping can double its size.
 */
export const CHANNEL_BODY_LIMITS: Record<string, number> = {
  'archive:import': 2 * IMPORT_MAX_CHARS + 64 * 1024,
};

/**
 * Channels that also take a binary body (`application/octet-stream`): the bytes arrive as `data`
 * and the other fields in the query, so the page sends a file's part as it is, never encoded.
 */
export const BINARY_CHANNELS = new Set(['attachments:part']);

export interface WebServerOptions {
  router: Router;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  port?: number;
  token?: string;
  bodyLimit?: number;
  /** Per-channel limits that replace `bodyLimit` (default: CHANNEL_BODY_LIMITS). */
  channelBodyLimits?: Record<string, number>;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
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

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser edition's host: serves the built renderer and the router over HTTP, on 127.0.0.1
 * only. API calls must carry the session token and come from our own page; a foreign Host header
 * (DNS rebinding) is refused. Nothing a request holds can stop it: every failure ends that request
 * with an answer.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const channelBodyLimits = options.channelBodyLimits ?? CHANNEL_BODY_LIMITS;
  const root = resolve(options.staticDir);
  let allowedHosts = new Set<string>();
  let ownOrigins = new Set<string>();
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
    // Beside the token: a page of another site can send a request, but its browser names the site.
    const origin = req.headers.origin;
    if (origin !== undefined && !ownOrigins.has(origin)) {
      return sendError(
        res,
        403,
        'forbidden',
        'Waymark does not answer requests sent from another site.',
      );
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!sameSecret(given, token)) {
      return sendError(res, 401, 'unauthorized', 'Waymark needs the session token to answer.');
    }
    if (req.method !== 'POST') return sendError(res, 405, 'invalid_input', 'Use POST.');
    const name = decoded(channel);
    if (name === null) {
      return sendError(res, 404, 'unknown_channel', 'Waymark has no action at this address.');
    }
    const binary = req.headers['content-type'] === 'application/octet-stream';
    if (binary && !BINARY_CHANNELS.has(name)) {
      return sendError(res, 415, 'invalid_input', 'This action takes JSON, not file data.');
    }
    const limit = channelBodyLimits[name] ?? bodyLimit;
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      res.setHeader('Connection', 'close');
      const megabytes = Math.floor(limit / (1024 * 1024));
      const message =
        name === 'archive:import'
          ? `This file is too large to import: Waymark reads export files up to ${Math.floor(IMPORT_MAX_CHARS / (1024 * 1024))} MB.`
          : `That request is too large for Waymark to accept (the limit is ${megabytes || 1} MB).`;
      return sendError(res, 413, 'invalid_input', message);
    }
    let payload: unknown;
    try {
      if (binary) payload = { ...requestQuery(req.url), data: body };
      else payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'invalid_input', 'The request was not valid JSON.');
    }
    const result = await options.router.call(name, payload);
    send(res, 200, JSON.stringify(result), CONTENT_TYPES['.json']);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    const name = decoded(path);
    if (name === null) return send(res, 400, 'This address is not valid.');
    const file = normalize(join(root, name === '/' ? 'index.html' : name.replace(/^\/+/, '')));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'Not found.');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    // A file that vanishes or fails mid-read ends this answer, not the process.
    pipeline(createReadStream(file), res, (error) => {
      if (error) res.destroy();
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return send(res, 403, 'Waymark only answers requests addressed to 127.0.0.1 or localhost.');
    }
    const path = requestPath(req.url);
    if (path === null) return send(res, 400, 'This address is not valid.');
    const api = /^\/api\/([^/]+)$/.exec(path);
    if (api) return handleApi(req, res, api[1] as string);
    const attachment = /^\/attachments\/([^/]*)$/.exec(path);
    if (attachment) return handleAttachments(req, res, attachment[1] as string);
    return handleStatic(req, res, path);
  }

  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      // How often Node looks for requests past those times (its default, 30 s, would let a
      // stalled request live well beyond them).
      connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS),
    },
    (req, res) => {
      // Async, so that whatever throws (synchronously or not) lands in the one catch below.
      handle(req, res).catch((error: unknown) => {
        // A connection cut or timed out mid-request has no one left to answer.
        if (req.socket.destroyed) return;
        console.error('[waymark] request failed:', error);
        if (res.headersSent) return void res.destroy();
        send(res, 500, 'Waymark could not answer that request.');
      });
    },
  );

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      ownOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
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
