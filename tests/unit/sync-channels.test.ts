import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../src-main/contract/sync';
import { exportArchive } from '../../src-main/archive/export';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { syncRunner } from '../../src-main/sync/runner';
import { afterThisTest, tempDir, tempJournal } from './helpers';

const body = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function computer() {
  const ctx = tempJournal();
  afterThisTest(() => syncRunner(ctx).stop());
  return { ctx, router: createAppRouter(ctx) };
}

describe('Settings → Sync through the router', () => {
  it('sets up, syncs now, refuses a wrong passphrase in words, and stops without removing files', async () => {
    const folder = tempDir('waymark-sync-folder-');
    const home = computer();
    const laptop = computer();
    const off = await home.router.call('sync:status', {});
    expect(off).toMatchObject({ ok: true, value: { enabled: false, target: null } });

    const setup = await home.router.call('sync:setup', {
      target: { kind: 'folder', path: folder },
      passphrase: 'river stone lamp',
    });
    expect(setup.ok).toBe(true);
    const created = await home.router.call('journal:create', { body: body('Written at home.') });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    const waiting = (await home.router.call('sync:status', {})) as { value: SyncStatus };
    expect(waiting.value.waiting).toBeGreaterThan(0);
    const synced = (await home.router.call('sync:now', {})) as { value: SyncStatus };
    expect(synced.value).toMatchObject({ enabled: true, waiting: 0, lastProblem: null });
    expect(synced.value.lastSyncedAt).not.toBeNull();

    const wrong = await laptop.router.call('sync:setup', {
      target: { kind: 'folder', path: folder },
      passphrase: 'another phrase',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'wrong_passphrase',
        message: expect.stringMatching(/not the one the sync folder was set up with/),
      },
    });
    expect(
      ((await laptop.router.call('sync:status', {})) as { value: SyncStatus }).value.enabled,
    ).toBe(false);

    const joined = await laptop.router.call('sync:setup', {
      target: { kind: 'folder', path: folder },
      passphrase: 'river stone lamp',
    });
    expect(joined.ok).toBe(true);
    const copy = await laptop.router.call('journal:get', { id });
    expect(copy).toMatchObject({ ok: true, value: { body: body('Written at home.') } });

    // An export of the journal carries none of this computer's sync state (its key, its password).
    const exported = JSON.stringify(exportArchive(laptop.ctx.db, new Date(), '0.1.0'));
    expect(exported).not.toMatch(/sync_state|sync_records|river stone lamp/);
    const before = readdirSync(join(folder, 'waymark-sync'), { recursive: true }).sort();
    const stopped = (await laptop.router.call('sync:stop', {})) as { value: SyncStatus };
    expect(stopped.value).toMatchObject({ enabled: false, target: null });
    expect(readdirSync(join(folder, 'waymark-sync'), { recursive: true }).sort()).toEqual(before);
  });

  it('says plainly when the folder is not there or the address is not a full path', async () => {
    const home = computer();
    const missing = await home.router.call('sync:setup', {
      target: { kind: 'folder', path: join(tempDir(), 'nope') },
      passphrase: 'river stone lamp',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/There is no folder at/) },
    });
    const relative = await home.router.call('sync:setup', {
      target: { kind: 'folder', path: 'Sync' },
      passphrase: 'river stone lamp',
    });
    expect(relative).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/full path/) },
    });
  });

  it('offers the folder chooser only where the host has one', async () => {
    const web = computer();
    expect(await web.router.call('sync:chooseFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringMatching(/type the folder's full path/) },
    });
    const desktop = computer();
    desktop.ctx.chooseFolder = async () => '/home/ana/Sync';
    expect(await desktop.router.call('sync:chooseFolder', {})).toEqual({
      ok: true,
      value: { path: '/home/ana/Sync' },
    });
    desktop.ctx.chooseFolder = async () => null;
    expect(await desktop.router.call('sync:chooseFolder', {})).toEqual({
      ok: true,
      value: { canceled: true },
    });
  });
});
