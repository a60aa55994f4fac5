import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDir, createBackup } from '../../src-main/backup/backups';
import { backupNow } from '../../src-main/core/maintenance';
import { connect } from '../../src-main/db/open';
import { createEntry } from '../../src-main/journal/service';
import { readConfig, setUpSync, syncStatus } from '../../src-main/sync/service';
import { tempJournal } from './helpers';
import { startWebDav } from './webdav-server';

const PASSWORD = 'webdav-password-7c41e9';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** A browser-edition journal syncing through a WebDAV server: its secrets sit in the journal file. */
async function syncingJournal() {
  const server = await startWebDav(PASSWORD);
  stop = server.stop;
  const ctx = tempJournal();
  createEntry(ctx.db, { body: { type: 'doc', content: [{ type: 'paragraph' }] } });
  await setUpSync(
    ctx.db,
    { kind: 'webdav', url: server.url, user: 'ana', password: PASSWORD },
    'sync passphrase',
  );
  const key = readConfig(ctx.db)!.key;
  const secrets = [PASSWORD, key.toString('base64'), key.toString('hex')];
  // The journal itself holds them, readable: the premise of this test.
  const journal = readFileSync(ctx.session.databaseFile).toString('latin1');
  const wal = readFileSync(`${ctx.session.databaseFile}-wal`).toString('latin1');
  expect(journal + wal).toContain(PASSWORD);
  return { ctx, secrets };
}

function expectNoSecrets(bytes: Uint8Array, secrets: string[]): void {
  const text = Buffer.from(bytes).toString('latin1');
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('backups leave out the sync secrets', () => {
  it('a backup holds neither the WebDAV password nor the sync key; the journal keeps syncing', async () => {
    const { ctx, secrets } = await syncingJournal();
    const info = createBackup(ctx.db, ctx.dataDir, 'manual', new Date('2026-05-01T10:00:00Z'));
    expectNoSecrets(readFileSync(join(backupsDir(ctx.dataDir), info.name)), secrets);
    expect(syncStatus(ctx.db, false).enabled).toBe(true);
    expect(readConfig(ctx.db)?.target).toMatchObject({ password: PASSWORD });

    // The backup is a whole journal: its entries open, with sync off until it is set up again.
    const copy = connect(join(backupsDir(ctx.dataDir), info.name), { fileMustExist: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
      expect(syncStatus(copy, false)).toMatchObject({ enabled: false, target: null });
    } finally {
      copy.close();
    }
  });

  it('a backup taken in the background (compressed) holds neither either', async () => {
    const { ctx, secrets } = await syncingJournal();
    const info = await backupNow(ctx, 'manual');
    const bytes = readFileSync(join(backupsDir(ctx.dataDir), info.name));
    expectNoSecrets(info.name.endsWith('.gz') ? gunzipSync(bytes) : bytes, secrets);
    expect(readConfig(ctx.db)?.target).toMatchObject({ password: PASSWORD });
  });
});
