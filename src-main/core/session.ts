import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupAccess,
  backupsDir,
  createBackup,
  isBackupDue,
  listBackups,
  newestGoodBackup,
} from '../backup/backups';
import type { JournalStatus } from '../contract/backup';
import { ApiError, type ErrorCode } from '../contract/errors';
import { isEncryptedFile } from '../db/cipher';
import { WRONG_PASSPHRASE, WrongPassphraseError } from '../db/errors';
import { removeConversionLeftovers, writeConverted } from '../db/convert';
import { copyDatabase } from '../db/copy';
import type { Migration } from '../db/migrations';
import { connect, openDatabase, type Db, type FileAccess } from '../db/open';
import { removeMarker, touchMarker, writeMarker } from '../db/session-marker';
import { JOURNAL_FILE } from './data-dir';
import {
  inspectJournal,
  keepAsFound,
  problemMessage,
  rememberProblem,
  type JournalProblem,
} from './journal-problems';
import { storageErrorFrom } from './storage-errors';

export interface SessionOptions {
  dataDir: string;
  /** better-sqlite3 built for Electron, when running there. */
  nativeBinding?: string;
  now?: () => Date;
  /** Back up at start when the newest backup is over a day old (default: yes). */
  dailyBackup?: boolean;
  /** Migrations to apply instead of the built-in list (tests of the backup before a migration). */
  migrations?: Migration[];
}

interface OpenFile {
  db: Db;
  dev: number;
  ino: number;
}

export interface ConversionResult {
  /** Backups re-encrypted (or decrypted) to match the journal. */
  backupsConverted: number;
  /** Backups that could not be converted (named), left as they were. */
  backupsLeft: string[];
}

function wrongPassphrase(field: string, message = WRONG_PASSPHRASE): ApiError {
  return new ApiError('wrong_passphrase', message, [{ path: field, message }]);
}

/**
 * The journal the app works on, replaceable while the app runs. Both hosts hold one session and
 * build their context around it; handlers read `ctx.db` on every call, which asks the session, so a
 * restore, a recovery or a reopen after a storage fault takes effect on the very next call.
 *
 * States: open (a connection), recovery (a problem found at start waits for the person's choice:
 * every journal call answers `recovery_needed`), locked (the journal is encrypted and waits for its
 * passphrase: every journal call answers `journal_locked`), or unavailable (the folder could not be
 * opened: each call tries again, so the app works as soon as the cause is gone).
 *
 * The passphrase of an encrypted journal is held in memory only while it is unlocked (backups and
 * reopening need it), and dropped when it is locked. It is never written anywhere.
 */
export class JournalSession {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly now: () => Date;
  /** Why the last automatic backup failed, in words; null when it worked. */
  lastBackupError: string | null = null;
  private current: OpenFile | null = null;
  private problemState: JournalProblem | null = null;
  /** A write failed as if the file were read-only or gone: reopen before the next call. */
  private suspect = false;
  /** The passphrase of the unlocked encrypted journal; null for a plain one, or while locked. */
  private key: string | null = null;
  private locked = false;

  private constructor(private readonly options: SessionOptions) {
    this.dataDir = options.dataDir;
    this.databaseFile = join(options.dataDir, JOURNAL_FILE);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Opens the journal in `dataDir`, or starts in recovery when it is damaged. A journal from a newer
   * Waymark, or any unexpected failure, is thrown for the host to report; a storage fault (a
   * read-only or unreachable folder) leaves the session unavailable, to be retried on each call.
   */
  static start(options: SessionOptions): JournalSession {
    const session = new JournalSession(options);
    try {
      // A conversion cut short by a crash left only its temporary copy: the journal is whole.
      removeConversionLeftovers(session.databaseFile);
      if (isEncryptedFile(session.databaseFile)) {
        session.locked = true;
        return session;
      }
      session.openFromDisk(options.dailyBackup ?? true);
    } catch (error) {
      if (!storageErrorFrom(error)) throw error;
      console.error(`[waymark] the journal cannot be opened yet: ${(error as Error).message}`);
    }
    return session;
  }

  get problem(): JournalProblem | null {
    return this.problemState;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Is the journal encrypted with a passphrase (locked or not)? */
  get isEncrypted(): boolean {
    return this.locked || this.key !== null;
  }

  /** How to open this journal's files (and its backups): driver build and passphrase. */
  get access(): FileAccess {
    return { nativeBinding: this.options.nativeBinding, key: this.key };
  }

  /** The open journal. Throws a typed error in recovery, or while the folder cannot be reached. */
  get db(): Db {
    if (this.locked) {
      throw new ApiError(
        'journal_locked',
        'Your journal is locked. Enter your passphrase to open it.',
      );
    }
    if (this.problemState) {
      throw new ApiError(
        'recovery_needed',
        'Waymark found a problem with your journal file. Choose what to do on the recovery screen.',
      );
    }
    if (!this.current) {
      this.openFromDisk(false);
      if (this.problemState) return this.db;
    }
    this.ensureReachable();
    if (this.suspect) this.reopen();
    return (this.current as OpenFile).db;
  }

  /** Called by the router after every call, with the error code if it failed. */
  afterCall(code?: ErrorCode): void {
    if (code === 'storage_readonly' || code === 'storage_unavailable') this.suspect = true;
    if (this.current) touchMarker(this.databaseFile);
  }

  status(): JournalStatus {
    const problem = this.locked ? null : this.problemState;
    return {
      state: this.locked ? 'locked' : problem ? 'recovery' : 'open',
      encrypted: this.isEncrypted,
      dataDir: this.dataDir,
      databaseFile: this.databaseFile,
      problem: problem
        ? {
            kind: problem.kind,
            message: problemMessage(problem.kind),
            details: problem.details,
            setAside: problem.setAside,
          }
        : null,
      newestGoodBackup: problem ? newestGoodBackup(this.dataDir, this.access) : null,
      backupsNeedPassphrase:
        problem !== null && this.key === null && this.encryptedBackups().length > 0,
    };
  }

  private encryptedBackups(): string[] {
    return listBackups(this.dataDir)
      .map((backup) => join(backupsDir(this.dataDir), backup.name))
      .filter((file) => isEncryptedFile(file));
  }

  /**
   * On the recovery screen, when the journal cannot be read but its backups are encrypted: takes
   * the passphrase that opens them, so they can be restored (into a journal encrypted with it).
   */
  unlockBackups(passphrase: string): void {
    if (!this.problemState || this.locked) {
      throw new ApiError('conflict', 'Your backups can be unlocked only on the recovery screen.');
    }
    const opens = this.encryptedBackups().some((file) => {
      try {
        connect(file, {
          nativeBinding: this.options.nativeBinding,
          key: passphrase,
          readonly: true,
          fileMustExist: true,
        }).close();
        return true;
      } catch {
        return false;
      }
    });
    if (!opens) {
      throw wrongPassphrase(
        'passphrase',
        'That passphrase does not open your backups. Nothing was changed.',
      );
    }
    this.key = passphrase;
  }

  /**
   * Opens a locked journal with its passphrase. A wrong one is refused before anything is opened
   * for writing, and changes nothing.
   */
  unlock(passphrase: string): void {
    if (!this.locked) {
      throw new ApiError('conflict', 'Your journal is already open.');
    }
    try {
      connect(this.databaseFile, {
        nativeBinding: this.options.nativeBinding,
        key: passphrase,
        readonly: true,
        fileMustExist: true,
      }).close();
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        throw wrongPassphrase('passphrase');
      }
      throw error;
    }
    this.key = passphrase;
    this.locked = false;
    this.problemState = null;
    this.openFromDisk(true);
  }

  /** Closes an encrypted journal and forgets its passphrase until it is unlocked again. */
  lock(): void {
    if (!this.isEncrypted) {
      throw new ApiError('conflict', 'Only an encrypted journal can be locked. Encrypt it first.');
    }
    if (this.locked) return;
    this.closeConnection();
    this.key = null;
    this.locked = true;
    this.problemState = null;
  }

  /**
   * Re-encrypts the journal: plain to encrypted (`current` null), to a new passphrase, or back to
   * plain (`next` null). A copy is converted and swapped in atomically (see `writeConverted`), so a
   * crash at any moment leaves the journal whole, with either the old or the new passphrase. Then
   * every backup is converted the same way, so each can still be restored.
   */
  changeEncryption(current: string | null, next: string | null): ConversionResult {
    if (this.locked) {
      throw new ApiError('journal_locked', 'Unlock your journal first.');
    }
    if (current !== this.key) throw wrongPassphrase('current');
    // Opening it proves the journal is there, and not waiting on the recovery screen.
    void this.db;
    const from = this.access;
    this.closeConnection();
    try {
      writeConverted(this.databaseFile, this.databaseFile, from, next);
    } catch (error) {
      this.openFromDisk(false);
      throw error;
    }
    this.key = next;
    this.openFromDisk(false);
    return this.convertBackups(from, next);
  }

  private convertBackups(from: FileAccess, next: string | null): ConversionResult {
    const result: ConversionResult = { backupsConverted: 0, backupsLeft: [] };
    for (const backup of listBackups(this.dataDir)) {
      const file = join(backupsDir(this.dataDir), backup.name);
      try {
        const access = backupAccess(file, from);
        if ((access.key ?? null) === next) continue;
        writeConverted(file, file, access, next);
        result.backupsConverted++;
      } catch (error) {
        console.error(
          `[waymark] backup ${backup.name} was not converted: ${(error as Error).message}`,
        );
        result.backupsLeft.push(backup.name);
      }
    }
    return result;
  }

  /**
   * Closes the journal cleanly (its WAL folded in and removed), lets `work` move files, then opens
   * what is on disk afresh, checks included. Used by restore and the recovery choices.
   */
  replace(work: () => void, options: { startingNew?: boolean } = {}): void {
    this.closeConnection();
    work();
    removeMarker(this.databaseFile);
    this.problemState = null;
    this.openFromDisk(false, options.startingNew);
  }

  /**
   * Accept the journal as it is after a missing or damaged WAL (it passed its check), once a copy
   * of it as found is in the set-aside folder.
   */
  acceptAsIs(): void {
    const problem = this.problemState;
    if (problem?.kind !== 'wal-missing' && problem?.kind !== 'wal-damaged') {
      throw new ApiError(
        'conflict',
        'Only a journal whose latest saves went missing or were damaged can be kept as it is.',
      );
    }
    this.replace(() =>
      keepAsFound(this.databaseFile, this.dataDir, problem, this.now(), this.access),
    );
  }

  close(): void {
    this.closeConnection();
  }

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  private openFromDisk(backupIfDue: boolean, startingNew = false): void {
    const file = this.databaseFile;
    const problem = inspectJournal(file, this.dataDir, { ...this.access, startingNew });
    if (problem) {
      this.problemState = rememberProblem(file, this.dataDir, problem, this.now());
      return;
    }
    const existed = existsSync(file);
    const db = openDatabase(file, {
      ...this.access,
      migrations: this.options.migrations,
      beforeMigrate: (open, from) => {
        if (from > 0) this.backupBeforeMigrating(open);
      },
    });
    const stats = statSync(file);
    this.current = { db, dev: stats.dev, ino: stats.ino };
    this.suspect = false;
    try {
      writeMarker(file, { pid: process.pid, openedAt: this.now().toISOString() });
    } catch (error) {
      console.error(`[waymark] could not write the session marker: ${(error as Error).message}`);
    }
    if (backupIfDue && existed && isBackupDue(this.dataDir, this.now())) {
      try {
        createBackup(db, this.dataDir, 'daily', this.now(), this.access);
        this.lastBackupError = null;
      } catch (error) {
        this.lastBackupError = (error as Error).message;
        console.error(`[waymark] ${this.lastBackupError}`);
      }
    }
  }

  private backupBeforeMigrating(db: Db): void {
    try {
      createBackup(db, this.dataDir, 'pre-migration', this.now(), this.access);
    } catch (error) {
      const inner = error instanceof ApiError ? error : null;
      throw new ApiError(
        inner?.code ?? 'internal',
        `Before updating your journal to a new format, Waymark backs it up. ${(error as Error).message} Your journal was not changed.`,
      );
    }
  }

  /**
   * The file must still be the one that is open. If the folder vanished (deleted, renamed, a drive
   * unplugged), nothing is written until it is back; the connection still holds the whole journal.
   * If the folder is there but the file is gone, the journal is written back from that connection.
   */
  private ensureReachable(): void {
    const open = this.current as OpenFile;
    let stats;
    try {
      stats = statSync(this.databaseFile);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
      if (!existsSync(this.dataDir)) {
        throw new ApiError(
          'storage_unavailable',
          `Waymark cannot find its data folder (${this.dataDir}). If it was moved, renamed or is on a drive that was disconnected, put it back: your text is kept, and saving resumes once the folder is there.`,
        );
      }
      console.error(
        '[waymark] the journal file disappeared; writing it back from the open connection.',
      );
      copyDatabase(open.db, this.databaseFile, this.access);
      this.closeConnection();
      this.openFromDisk(false);
      return;
    }
    if (stats.dev !== open.dev || stats.ino !== open.ino) {
      // Another file now sits at the journal's path (replaced by hand, a drive remounted).
      this.closeConnection();
      this.openFromDisk(false);
    }
  }

  /** A fresh connection after a read-only or unreachable fault; keeps the old one if that fails. */
  private reopen(): void {
    try {
      const db = openDatabase(this.databaseFile, {
        ...this.access,
        migrations: this.options.migrations,
        fileMustExist: true,
      });
      const stats = statSync(this.databaseFile);
      const old = this.current;
      this.current = { db, dev: stats.dev, ino: stats.ino };
      this.suspect = false;
      old?.db.close();
    } catch {
      // Still failing: the old connection answers reads, and a write reports the fault in words.
    }
  }

  private closeConnection(): void {
    const open = this.current;
    if (!open) return;
    this.current = null;
    try {
      open.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Closing below checkpoints too; a failure here only means the WAL is folded in then.
    }
    open.db.close();
    if (!existsSync(`${this.databaseFile}-wal`)) removeMarker(this.databaseFile);
  }
}
