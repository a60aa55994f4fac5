import { z } from 'zod';
import { channel, EVERYTHING, type Tag } from './define';

export const MIN_SYNC_PASSPHRASE = 8;

export type SyncTarget =
  { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; user: string };

/** Changes merged in from other computers, so an open window can read again what they touched. */
export interface RemoteChanges {
  /** Goes up by one with every sync round that changed this journal; 0 before the first. */
  seq: number;
  /** When the last such round finished. */
  at: string | null;
  /** For each tag, the `seq` of the last round that changed what is under it. */
  tags: Partial<Record<Tag, number>>;
}

export interface SyncStatus {
  enabled: boolean;
  target: SyncTarget | null;
  /** This computer's folder name on the target. */
  deviceId: string | null;
  lastSyncedAt: string | null;
  /** Changes made here and not yet written to the target. */
  waiting: number;
  /** The last problem, in words, with what to do; null when the last round went well. */
  lastProblem: string | null;
  running: boolean;
  /** Where this computer keeps the WebDAV password and the sync key, in words. */
  secretsKeptIn: string;
  remoteChanges: RemoteChanges;
}

const folderTarget = z.strictObject({
  kind: z.literal('folder'),
  path: z
    .string()
    .trim()
    .min(1, 'Type the path of the sync folder.')
    .max(4096)
    .refine(
      (value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value),
      'Type the full path of the folder, starting with / (or a drive letter such as C:\\ on Windows).',
    ),
});
const webdavTarget = z.strictObject({
  kind: z.literal('webdav'),
  url: z
    .string()
    .trim()
    .max(2048)
    .refine(
      (value) => /^https?:\/\/[^\s/]+/i.test(value),
      'A WebDAV address starts with https://.',
    ),
  user: z.string().min(1, 'Type the user name for the server.').max(256),
  password: z.string().min(1, 'Type the password (for Nextcloud, an app password).').max(1024),
});

export const syncContract = {
  'sync:status': channel(z.strictObject({}), { reads: ['sync'] }).returns<SyncStatus>(),
  'sync:setup': channel(
    z.strictObject({
      target: z.discriminatedUnion('kind', [folderTarget, webdavTarget]),
      passphrase: z
        .string()
        .min(MIN_SYNC_PASSPHRASE, `Use at least ${MIN_SYNC_PASSPHRASE} characters.`)
        .max(1024),
    }),
    { changes: [...EVERYTHING] },
  ).returns<SyncStatus>(),
  'sync:now': channel(z.strictObject({}), { changes: [...EVERYTHING] }).returns<SyncStatus>(),
  /** Desktop only: the system's folder chooser. */
  'sync:chooseFolder': channel(z.strictObject({})).returns<{ path: string } | { canceled: true }>(),
  'sync:stop': channel(z.strictObject({}), { changes: ['sync'] }).returns<SyncStatus>(),
};
