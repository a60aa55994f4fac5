import { z } from 'zod';
import { channel, EVERYTHING } from './define';

/** Why a backup was taken: at start (daily), by the person, before a format update, before an import. */
export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'pre-import';

export interface BackupInfo {
  /** The file's name in the backups folder; also how a backup is chosen for a restore. */
  name: string;
  /** ISO instant. */
  takenAt: string;
  kind: BackupKind;
  /** Bytes. */
  size: number;
}

/** The work Waymark does in the background after the first screen: its check and its backups. */
export interface BackgroundWork {
  /** What runs now: the journal's check, or a backup (copy, check, compression). */
  running: 'checking' | 'backing-up' | null;
  /** How far the running backup is, 0 to 100; null when none runs. */
  percent: number | null;
  /** When the journal last passed its check in this session (ISO instant); null before. */
  checkedAt: string | null;
}

export interface BackupList {
  folder: string;
  backups: BackupInfo[];
  /** Why the last automatic backup failed, if it did (in words); null when it worked. */
  lastError: string | null;
  background: BackgroundWork;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the journal that was replaced now lives (never deleted). Empty if there was none. */
  setAside: string[];
}

/**
 * What is wrong with the journal file, found when it was opened: damaged pages (`quick_check`
 * failed or SQLite could not read it), its WAL file removed after Waymark did not close cleanly
 * (the newest saves are missing), its WAL file damaged (SQLite would drop the newest saves without
 * a word), or the file itself gone while backups remain.
 */
export type JournalProblemKind = 'damaged' | 'wal-missing' | 'wal-damaged' | 'missing';

export interface JournalStatus {
  /** `locked`: the journal is encrypted and waits for its passphrase on the lock screen. */
  state: 'open' | 'recovery' | 'locked';
  /** Is the journal encrypted with a passphrase? */
  encrypted: boolean;
  dataDir: string;
  databaseFile: string;
  problem: {
    kind: JournalProblemKind;
    message: string;
    details: string[];
    /** Copies of the journal as it was found, kept in the set-aside folder; empty if none yet. */
    setAside: string[];
  } | null;
  /** In recovery: the newest backup that passes its check, which the recovery screen offers. */
  newestGoodBackup: BackupInfo | null;
  /** In recovery: some backups are encrypted and need their passphrase (`recovery:unlockBackups`). */
  backupsNeedPassphrase: boolean;
}

export interface SalvageResult {
  /** The export file written from what could still be read (importable later). */
  file: string;
  tables: { name: string; rows: number; unreadable: number }[];
}

const backupFileName = z
  .string()
  .max(120, 'That is not the name of a backup.')
  .regex(/^waymark-[\w.-]+\.sqlite(\.gz)?$/, 'That is not the name of a backup.');

export const backupContract = {
  'backup:list': channel(z.strictObject({}), { reads: ['backups'] }).returns<BackupList>(),
  'backup:create': channel(z.strictObject({}), { changes: ['backups'] }).returns<BackupInfo>(),
  'backup:restore': channel(z.strictObject({ name: backupFileName }), {
    changes: EVERYTHING,
    reload: true,
  }).returns<RestoreResult>(),
  'recovery:status': channel(z.strictObject({}), { reads: ['status'] }).returns<JournalStatus>(),
  'recovery:salvage': channel(z.strictObject({}), {
    changes: EVERYTHING,
    reload: true,
  }).returns<SalvageResult>(),
  /**
   * Only after a missing or damaged WAL: carry on with the journal as it is (it passed its check),
   * once a copy of it as found is in the set-aside folder.
   */
  'recovery:keep': channel(z.strictObject({}), {
    changes: EVERYTHING,
    reload: true,
  }).returns<JournalStatus>(),
  /** The passphrase of encrypted backups, so the recovery screen can restore one. */
  'recovery:unlockBackups': channel(
    z.strictObject({ passphrase: z.string().min(1, 'Enter your passphrase.').max(1024) }),
    { changes: ['backups'] },
  ).returns<JournalStatus>(),
  /** Sets the damaged file aside (never deleted) and starts an empty journal. */
  'recovery:startNew': channel(z.strictObject({}), {
    changes: EVERYTHING,
    reload: true,
  }).returns<JournalStatus>(),
};
