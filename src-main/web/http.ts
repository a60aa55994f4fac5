/** The small HTTP pieces of the browser edition's host, kept apart so server.ts reads as the rules. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../contract/errors';
import { RENDERER_CSP } from '../contract/security';

export const CONTENT_TYPES: Record<string, string> = {
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

export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** An API refusal as the same typed value the router answers with, so the client reads one shape. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  const result = { ok: false, error: { code, message, fields: [] } };
  send(res, status, JSON.stringify(result), CONTENT_TYPES['.json']);
}

/** The query of a request target as plain fields (`?uploadId=…`); later names win. */
export function requestQuery(target: string | undefined): Record<string, string> {
  const query = target?.split('#', 1)[0]?.split('?')[1] ?? '';
  return Object.fromEntries(new URLSearchParams(query));
}

/** The path of a request target; null for the absolute and `*` forms, which our pages never send. */
export function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0] as string;
}

/** Percent-escapes decoded; null when they are not UTF-8 or hide a NUL byte (no name holds one). */
export function decoded(text: string): string | null {
  try {
    const plain = decodeURIComponent(text);
    return plain.includes('\0') ? null : plain;
  } catch {
    return null;
  }
}

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
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
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
    // A connection cut (or timed out) mid-body: after 'end' this changes nothing.
    req.on('close', () => reject(new Error('The request was cut off before its end.')));
  });
}
