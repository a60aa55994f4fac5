import { afterEach, describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { createEntry, getEntry, updateEntry } from '../../src-main/journal/service';
import { parseMultistatus, webDavTransport } from '../../src-main/sync/webdav-transport';
import { replica } from './sync-helpers';
import { startWebDav } from './webdav-server';

const doc = (text: string): RichTextNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** A real WebDAV server with user `ana`, stopped after the test. */
async function startServer(): Promise<string> {
  const server = await startWebDav('s3cret');
  stop = server.stop;
  return server.url;
}

describe('sync through a WebDAV server', () => {
  it('writes, lists, reads and removes files with temporary names never left behind', async () => {
    const url = await startServer();
    const transport = webDavTransport({ url, user: 'ana', password: 's3cret' });
    expect(await transport.listDevices()).toEqual([]);
    await transport.write('dev-1/0000000001.upd', new Uint8Array([1, 2, 3]));
    await transport.write('dev-1/0000000002.upd', new Uint8Array([4]));
    expect(await transport.listDevices()).toEqual(['dev-1']);
    expect((await transport.listFiles('dev-1')).sort()).toEqual([
      '0000000001.upd',
      '0000000002.upd',
    ]);
    expect([...(await transport.read('dev-1/0000000001.upd'))!]).toEqual([1, 2, 3]);
    await transport.remove('dev-1/0000000001.upd');
    expect(await transport.read('dev-1/0000000001.upd')).toBeNull();
    await transport.remove('dev-1/0000000001.upd');
    const missing = webDavTransport({ url: `${url}no/such/`, user: 'ana', password: 's3cret' });
    await expect(missing.write('dev-1/x', new Uint8Array([1]))).rejects.toThrow(
      /has no folder at \/no\/such\/ \(409\)\. Check the WebDAV address/,
    );
  });

  it('says in words when the password is wrong or the server cannot be reached', async () => {
    const url = await startServer();
    const wrong = webDavTransport({ url, user: 'ana', password: 'nope' });
    await expect(wrong.listDevices()).rejects.toThrow(/refused the user name or password \(401\)/);
    const port = new URL(url).port;
    await stop?.();
    stop = undefined;
    const offline = webDavTransport({ url: `http://127.0.0.1:${port}/`, user: 'a', password: 'b' });
    await expect(offline.listDevices()).rejects.toThrow(
      /could not reach the WebDAV server 127.0.0.1:\d+ \(ECONN\w+\)\. Check the address/,
    );
  });

  it('syncs two journals and merges their edits through the server', async () => {
    const url = await startServer();
    const transport = () => webDavTransport({ url, user: 'ana', password: 's3cret' });
    const a = await replica('', 'device-a', { transport: transport() });
    const b = await replica('', 'device-b', { transport: transport() });
    const entry = createEntry(a.ctx.db, { body: doc('Asked for the promotion.') });
    await a.sync();
    await b.sync();
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(doc('Asked for the promotion.'));
    updateEntry(a.ctx.db, { id: entry.id, body: doc('Today I asked for the promotion.') });
    updateEntry(b.ctx.db, { id: entry.id, body: doc('Asked for the promotion. They said yes!') });
    await a.sync();
    await b.sync();
    await a.sync();
    const merged = doc('Today I asked for the promotion. They said yes!');
    expect(getEntry(a.ctx.db, entry.id).body).toEqual(merged);
    expect(getEntry(b.ctx.db, entry.id).body).toEqual(merged);
  });

  it('reads PROPFIND answers with any namespace prefix', () => {
    const xml = `<?xml version="1.0"?><a:multistatus xmlns:a="DAV:"><a:response><a:href>/x/</a:href>
      <a:propstat><a:prop><a:resourcetype><a:collection/></a:resourcetype></a:prop></a:propstat></a:response>
      <a:response><a:href>/x/f%20g</a:href><a:propstat><a:prop><a:resourcetype/></a:prop></a:propstat></a:response></a:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: '/x/', folder: true },
      { href: '/x/f%20g', folder: false },
    ]);
  });
});
