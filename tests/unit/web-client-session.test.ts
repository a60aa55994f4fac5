// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ClientModule from '../../src-renderer/api/client';

type Client = typeof ClientModule;

/** A fresh copy of the client: what it learnt about the session lives in the module. */
async function freshClient(): Promise<Client> {
  vi.resetModules();
  return import('../../src-renderer/api/client');
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

describe('the browser edition client, refused by the server', () => {
  const fetch = vi.fn<typeof globalThis.fetch>();
  beforeEach(() => {
    sessionStorage.clear();
    fetch.mockReset();
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends nothing at all from a tab without a token', async () => {
    const client = await freshClient();
    await expect(client.call('journal:list', {})).rejects.toMatchObject({
      code: 'unauthorized',
      message: client.SESSION_NEEDED,
    });
    expect(client.sessionState()).toBe('refused');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stops calling once its token is refused, and tells whether the app was in use', async () => {
    sessionStorage.setItem('waymark.token', 'from-an-earlier-run');
    const client = await freshClient();
    const changes: string[] = [];
    client.subscribeSession(() => changes.push(client.sessionState()));
    fetch.mockResolvedValueOnce(answer(200, { ok: true, value: [] }));
    fetch.mockResolvedValueOnce(
      answer(401, { ok: false, error: { code: 'unauthorized', message: '…', fields: [] } }),
    );
    await client.call('journal:list', {});
    await expect(client.call('journal:list', {})).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(client.call('today:view', {})).rejects.toMatchObject({ code: 'unauthorized' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(changes).toEqual(['lost']);
  });

  it('is refused before any answer: the whole page is for the message', async () => {
    sessionStorage.setItem('waymark.token', 'wrong');
    const client = await freshClient();
    fetch.mockResolvedValue(answer(401, {}));
    await expect(client.call('recovery:status', {})).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(client.sessionState()).toBe('refused');
  });

  it('lets the query cache try a failed read once more, but not a refused one', async () => {
    const { ApiError, retryOnce } = await freshClient();
    const refused = new ApiError({ code: 'unauthorized', message: 'No.', fields: [] });
    const failed = new ApiError({ code: 'storage_unavailable', message: 'Busy.', fields: [] });
    expect([retryOnce(0, failed), retryOnce(1, failed)]).toEqual([true, false]);
    expect(retryOnce(0, refused)).toBe(false);
  });
});
