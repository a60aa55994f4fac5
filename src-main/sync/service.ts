import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { SyncStatus, SyncTarget } from '../contract/sync';
import type { Db } from '../db/open';
import { keyForTarget, markAllDirty, syncOnce, type SyncReport } from './engine';
import { folderTransport } from './folder-transport';
import { remoteChanges } from './remote-changes';
import { JOURNAL_BOX, type SecretBox } from './secrets';
import { syncState } from './state';
import { SyncTransportError, type SyncTransport } from './transport';
import { webDavTransport } from './webdav-transport';

type StoredTarget =
  | { kind: 'folder'; path: string }
  | { kind: 'webdav'; url: string; user: string; password: string };

interface Config {
  target: StoredTarget;
  key: Buffer;
  deviceId: string;
}

export function transportFor(target: StoredTarget): SyncTransport {
  return target.kind === 'folder'
    ? folderTransport(target.path)
    : webDavTransport({ url: target.url, user: target.user, password: target.password });
}

function publicTarget(target: StoredTarget): SyncTarget {
  return target.kind === 'folder'
    ? { kind: 'folder', path: target.path }
    : { kind: 'webdav', url: target.url, user: target.user };
}

/** The saved settings, or null when sync is off (or its secrets can no longer be opened). */
export function readConfig(db: Db, box: SecretBox = JOURNAL_BOX): Config | null {
  const state = syncState(db);
  const sealed = state.get('secret');
  const deviceId = state.get('device_id');
  if (state.get('enabled') !== '1' || !sealed || !deviceId) return null;
  const opened = box.open(sealed);
  if (opened === null) return null;
  try {
    const { target, key } = JSON.parse(opened) as { target: StoredTarget; key: string };
    return { target, key: Buffer.from(key, 'base64'), deviceId };
  } catch {
    return null;
  }
}

export function syncStatus(db: Db, running: boolean, box: SecretBox = JOURNAL_BOX): SyncStatus {
  const state = syncState(db);
  const config = readConfig(db, box);
  const enabled = state.get('enabled') === '1';
  const unreadable =
    enabled && !config
      ? 'This computer can no longer read its saved sync settings (the system keychain changed). Set sync up again with the same passphrase.'
      : null;
  return {
    enabled,
    target: config ? publicTarget(config.target) : null,
    deviceId: state.get('device_id') ?? null,
    lastSyncedAt: state.get('last_synced_at') ?? null,
    waiting: enabled ? state.dirtyCount() + state.outboxCount() : 0,
    lastProblem: unreadable ?? state.get('last_problem') ?? null,
    running,
    secretsKeptIn: box.where,
    remoteChanges: remoteChanges(db),
  };
}

async function requireFolder(path: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (!found?.isDirectory()) {
    throw new SyncTransportError(
      `There is no folder at ${path}. Make the folder first (or let Syncthing, Nextcloud or Dropbox make it), then choose it here.`,
      'not_found',
    );
  }
}

/**
 * Turns sync on: makes (or, on a target other computers already use, checks) the key from the
 * passphrase, then saves the target and key. A wrong passphrase or an unreachable target throws
 * in words and saves nothing.
 */
export async function setUpSync(
  db: Db,
  target: StoredTarget,
  passphrase: string,
  box: SecretBox = JOURNAL_BOX,
): Promise<void> {
  if (target.kind === 'folder') await requireFolder(target.path);
  const key = await keyForTarget(transportFor(target), passphrase);
  const state = syncState(db);
  db.transaction(() => {
    if (!state.get('device_id')) state.set('device_id', randomUUID());
    state.set('secret', box.seal(JSON.stringify({ target, key: key.toString('base64') })));
    state.set('enabled', '1');
    state.unset('last_problem');
  })();
  markAllDirty(db);
}

/** Stops syncing here: forgets the target and key. Nothing is removed from the target. */
export function stopSync(db: Db): void {
  const state = syncState(db);
  db.transaction(() => {
    state.unset('enabled');
    state.unset('secret');
    state.unset('last_problem');
  })();
}

/** One round with the saved settings; the outcome is kept for the state line in Settings. */
export async function runSyncRound(
  db: Db,
  now: () => Date,
  box: SecretBox = JOURNAL_BOX,
): Promise<SyncReport | null> {
  const config = readConfig(db, box);
  if (!config) return null;
  const state = syncState(db);
  try {
    const report = await syncOnce({
      db,
      transport: transportFor(config.target),
      key: config.key,
      deviceId: config.deviceId,
      now,
    });
    state.set('last_synced_at', now().toISOString());
    if (report.skipped.length > 0) state.set('last_problem', report.skipped.join(' '));
    else state.unset('last_problem');
    return report;
  } catch (error) {
    state.set('last_problem', error instanceof Error ? error.message : String(error));
    throw error;
  }
}
