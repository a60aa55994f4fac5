import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isSafeName, isTemporaryName, SyncTransportError, type SyncTransport } from './transport';
import { SYNC_FOLDER } from './folder-transport';

export interface WebDavOptions {
  /** The folder on the server to keep `waymark-sync/` in, e.g. a Nextcloud files address. */
  url: string;
  user: string;
  password: string;
  /** How long one request may take. */
  timeoutMs?: number;
}

interface Reply {
  status: number;
  body: Buffer;
}

/** Splits a PROPFIND answer into its entries: the name and whether it is a folder. */
export function parseMultistatus(xml: string): { href: string; folder: boolean }[] {
  const out: { href: string; folder: boolean }[] = [];
  const responses = xml.split(/<(?:[\w-]+:)?response[\s>]/i).slice(1);
  for (const block of responses) {
    const href = /<(?:[\w-]+:)?href[^>]*>([^<]*)</i.exec(block)?.[1];
    if (href === undefined) continue;
    out.push({ href: href.trim(), folder: /<(?:[\w-]+:)?collection\s*\/?>/i.test(block) });
  }
  return out;
}

function lastSegment(href: string): string {
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\/+$/, '');
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}

/**
 * A WebDAV server spoken to directly (Nextcloud, ownCloud, Apache mod_dav): PROPFIND to list,
 * GET, PUT to a temporary name then MOVE into place, MKCOL, DELETE. Basic authentication; use an
 * https address so the password does not cross the network readable.
 */
export function webDavTransport(options: WebDavOptions): SyncTransport {
  const base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new SyncTransportError('A WebDAV address starts with https:// (or http://).', 'refused');
  }
  const root = new URL(`${SYNC_FOLDER}/`, base);
  const auth = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const where = `the WebDAV server ${base.host}`;

  const urlOf = (path: string) => {
    const parts = path === '' ? [] : path.split('/');
    if (!parts.every((part) => isSafeName(part) || part === '')) {
      throw new SyncTransportError(`${path} is not a name Waymark uses on a server.`, 'refused');
    }
    return new URL(parts.map(encodeURIComponent).join('/'), root);
  };

  function send(
    method: string,
    url: URL,
    body?: Uint8Array | string,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          headers: {
            Authorization: auth,
            ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
            ...headers,
          },
          timeout: timeoutMs,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error) =>
        reject(
          new SyncTransportError(
            `Waymark could not reach ${where} (${(error as NodeJS.ErrnoException).code ?? error.message}). Check the address and that this computer is online; changes wait here until it can.`,
            'network',
          ),
        ),
      );
      req.end(body);
    });
  }

  function check(reply: Reply, what: string, allowed: number[] = []): Reply {
    if ((reply.status >= 200 && reply.status < 300) || allowed.includes(reply.status)) return reply;
    if (reply.status === 401 || reply.status === 403) {
      throw new SyncTransportError(
        `${where} refused the user name or password (${reply.status}). Check them in Settings → Sync; for Nextcloud, use an app password.`,
        'auth',
      );
    }
    if (reply.status === 404 || reply.status === 409) {
      throw new SyncTransportError(
        `${where} has no folder at ${base.pathname} (${reply.status}). Check the WebDAV address.`,
        'not_found',
      );
    }
    if (reply.status === 507) {
      throw new SyncTransportError(`${where} is full (507). Free some room on it.`, 'other');
    }
    throw new SyncTransportError(
      `${where} answered ${reply.status} to ${what}. Try again later; changes wait here until it works.`,
      'other',
    );
  }

  async function list(path: string, wantFolders: boolean): Promise<string[]> {
    const folderUrl = path === '' ? root : new URL(`${urlOf(path).href}/`);
    const reply = await send(
      'PROPFIND',
      folderUrl,
      '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>',
      { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
    );
    if (reply.status === 404) return [];
    check(reply, 'a listing');
    const self = lastSegment(folderUrl.pathname);
    return parseMultistatus(reply.body.toString('utf8'))
      .filter((item) => item.folder === wantFolders)
      .map((item) => lastSegment(item.href))
      .filter((name) => name !== self && !isTemporaryName(name) && isSafeName(name));
  }

  async function makeFolders(path: string): Promise<void> {
    const parts = path.split('/').slice(0, -1);
    const folders = ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
    for (const folder of folders) {
      const url = folder === '' ? root : new URL(`${urlOf(folder).href}/`);
      // 405: the folder is already there.
      check(await send('MKCOL', url), 'making a folder', [405]);
    }
  }

  return {
    where,
    listDevices: () => list('', true),
    listFiles: (deviceId) => list(deviceId, false),
    async read(path) {
      const reply = await send('GET', urlOf(path));
      if (reply.status === 404) return null;
      return new Uint8Array(check(reply, 'reading a file').body);
    },
    async write(path, bytes) {
      await makeFolders(path);
      const slash = path.lastIndexOf('/');
      const temporary = `${path.slice(0, slash + 1)}.${randomBytes(6).toString('hex')}.tmp`;
      const temporaryUrl = new URL(temporary.split('/').map(encodeURIComponent).join('/'), root);
      check(await send('PUT', temporaryUrl, bytes), 'writing a file');
      const moved = await send('MOVE', temporaryUrl, undefined, {
        Destination: urlOf(path).href,
        Overwrite: 'T',
      });
      if (moved.status >= 300) await send('DELETE', temporaryUrl).catch(() => undefined);
      check(moved, 'renaming a file');
    },
    async remove(path) {
      check(await send('DELETE', urlOf(path)), 'removing a file', [404]);
    },
  };
}
