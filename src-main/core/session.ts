import { join } from 'node:path';
import type { BackgroundWork, JournalStatus } from '../contract/backup';
import { ApiError, type ErrorCode } from '../contract/errors';
import { isEncryptedFile } from '../db/cipher';
import { removeConversionLeftovers, writeConverted } from '../db/convert';
import { checkFile, type CheckResult } from '../db/integrity';
import type { Db, FileAccess } from '../db/open';
import { removeMarker, touchMarker } from '../db/session-marker';
import { JOURNAL_FILE } from './data-dir';
import {
  closeJournalFile,
  openForWriting,
  openJournalFile,
  reopenJournalFile,
  stillReachable,
  type JournalFiles,
} from './journal-connection';
import { keepAsFound, rememberProblem, type JournalProblem } from './journal-problems';
import {
  convertBackups,
  proveBackupsPassphrase,
  proveJournalPassphrase,
  wrongPassphrase,
  type ConversionResult,
} from './session-encryption';
import { keyOf, refusal, statusOf, type SessionOptions, type SessionState } from './session-state';
import { storageErrorFrom } from './storage-errors';

export type { ConversionResult, SessionOptions };

/**
 * The journal the app works on, replaceable while the app runs. Both hosts hold one session and
 * build their context around it; handlers read `ctx.db` on every call, which asks the session, so a
 * restore, a recovery or a reopen after a storage fault takes effect on the very next call.
 *
 * States (SessionState): open (a connection), damaged (every journal call answers
 * `recovery_needed`), locked (every journal call answers `journal_locked`), or closed (the folder
 * could not be opened: each call tries again, so the app works as soon as the cause is gone).
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
  /** The check and backups running in the background, for the Settings screen. */
  readonly background: BackgroundWork = { running: null, percent: null, checkedAt: null };
  /** Counts the opens of the journal, so a check's answer is applied to the file it checked. */
  opening = 0;
  /** Was the journal file created in this session (nothing to back up yet)? */
  createdNow = false;
  /**
   * Called when a journal opens read-only, waiting for its full check (after an unlock, a
   * restore...): core/maintenance.ts starts that check on a worker thread.
   */
  onUncheckedOpen: (() => void) | null = null;
  private state: SessionState = { kind: 'closed', key: null };

  private constructor(private readonly options: SessionOptions) {
    this.dataDir = options.dataDir;
    this.databaseFile = join(options.dataDir, JOURNAL_FILE);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Opens the journal in `dataDir`, or starts in recovery when it is damaged. A journal from a newer
   * Waymark, or any unexpected failure, is thrown for the host to report; a storage fault (a
   * read-only or unreachable folder) leaves the session closed, to be retried on each call.
   */
  static start(options: SessionOptions): JournalSession {
    const session = new JournalSession(options);
    try {
      // A conversion cut short by a crash left only its temporary copy: the journal is whole.
      removeConversionLeftovers(session.databaseFile);
      if (isEncryptedFile(session.databaseFile)) {
        session.state = { kind: 'locked' };
        return session;
      }
      session.openFromDisk();
    } catch (error) {
      if (!storageErrorFrom(error)) throw error;
      console.error(`[waymark] the journal cannot be opened yet: ${(error as Error).message}`);
    }
    return session;
  }

  get problem(): JournalProblem | null {
    return this.state.kind === 'damaged' ? this.state.problem : null;
  }

  get isOpen(): boolean {
    return this.state.kind === 'open';
  }

  get isLocked(): boolean {
    return this.state.kind === 'locked';
  }

  /** Is the journal encrypted with a passphrase (locked or not)? */
  get isEncrypted(): boolean {
    return this.state.kind === 'locked' || this.key !== null;
  }

  /** The passphrase in memory; null for a plain journal, or while locked. */
  private get key(): string | null {
    return keyOf(this.state);
  }

  /** How to open this journal's files (and its backups): driver build and passphrase. */
  get access(): FileAccess {
    return { nativeBinding: this.options.nativeBinding, key: this.key };
  }

  /** The open journal. Throws a typed error in recovery, or while the folder cannot be reached. */
  get db(): Db {
    if (this.state.kind === 'locked' || this.state.kind === 'damaged') throw refusal(this.state);
    if (this.state.kind === 'closed') this.openFromDisk();
    // What is on disk may be damaged: then the checks above answer.
    if (!this.isOpen) return this.db;
    this.ensureReachable();
    if (!this.isOpen) return this.db;
    if (this.openState().suspect) this.reopen();
    return this.openState().file.db;
  }

  /** Called by the router after every call, with the error code if it failed. */
  afterCall(code?: ErrorCode): void {
    if (this.state.kind !== 'open') return;
    if (code === 'storage_readonly' || code === 'storage_unavailable') this.state.suspect = true;
    touchMarker(this.databaseFile);
  }

  status(): JournalStatus {
    return statusOf(this.state, this.dataDir, this.databaseFile, this.access);
  }

  /**
   * On the recovery screen, when the journal cannot be read but its backups are encrypted: takes
   * the passphrase that opens them, so they can be restored (into a journal encrypted with it).
   */
  unlockBackups(passphrase: string): void {
    if (this.state.kind !== 'damaged') {
      throw new ApiError('conflict', 'Your backups can be unlocked only on the recovery screen.');
    }
    proveBackupsPassphrase(this.dataDir, this.options.nativeBinding, passphrase);
    this.state.key = passphrase;
  }

  /**
   * Opens a locked journal with its passphrase. A wrong one is refused before anything is opened
   * for writing, and changes nothing.
   */
  unlock(passphrase: string): void {
    if (this.state.kind !== 'locked') {
      throw new ApiError('conflict', 'Your journal is already open.');
    }
    proveJournalPassphrase(this.databaseFile, this.options.nativeBinding, passphrase);
    this.state = { kind: 'closed', key: passphrase };
    this.openFromDisk();
  }

  /** Closes an encrypted journal and forgets its passphrase until it is unlocked again. */
  lock(): void {
    if (!this.isEncrypted) {
      throw new ApiError('conflict', 'Only an encrypted journal can be locked. Encrypt it first.');
    }
    if (this.state.kind === 'locked') return;
    this.closeConnection();
    this.state = { kind: 'locked' };
  }

  /**
   * Re-encrypts the journal: plain to encrypted (`current` null), to a new passphrase, or back to
   * plain (`next` null). A copy is converted and swapped in atomically (see `writeConverted`), so a
   * crash at any moment leaves the journal whole, with either the old or the new passphrase. Then
   * every backup is converted the same way, so each can still be restored.
   */
  changeEncryption(current: string | null, next: string | null): ConversionResult {
    if (this.state.kind === 'locked') {
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
      this.openFromDisk();
      throw error;
    }
    this.state = { kind: 'closed', key: next };
    this.openFromDisk();
    return convertBackups(this.dataDir, from, next);
  }

  /**
   * Closes the journal cleanly (its WAL folded in and removed), lets `work` move files, then opens
   * what is on disk afresh, checks included. Used by restore and the recovery choices.
   */
  replace(work: () => void, options: { startingNew?: boolean } = {}): void {
    if (this.state.kind === 'locked') {
      throw new ApiError('journal_locked', 'Unlock your journal first.');
    }
    const key = this.key;
    this.closeConnection();
    work();
    removeMarker(this.databaseFile);
    this.state = { kind: 'closed', key };
    this.openFromDisk(options.startingNew);
  }

  /**
   * Accept the journal as it is after a missing or damaged WAL (it passed its check), once a copy
   * of it as found is in the set-aside folder.
   */
  acceptAsIs(): void {
    const problem = this.problem;
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

  private openState(): Extract<SessionState, { kind: 'open' }> {
    if (this.state.kind !== 'open') throw new Error(`The journal is ${this.state.kind}, not open.`);
    return this.state;
  }

  private files(): JournalFiles {
    return {
      dataDir: this.dataDir,
      databaseFile: this.databaseFile,
      access: this.access,
      migrations: this.options.migrations,
      now: this.now,
    };
  }

  /** Does the daily backup run (in the background, core/maintenance.ts)? */
  get dailyBackups(): boolean {
    return this.options.dailyBackup ?? true;
  }

  /** Is a journal open read-only, waiting for its full check (journal-connection.ts)? */
  get needsCheck(): boolean {
    return this.state.kind === 'open' && !this.state.checked;
  }

  /**
   * Called before every call that writes: a journal still waiting for its full check is checked
   * now, on this thread, so nothing is ever written to a journal that has not passed it. Throws
   * `recovery_needed` when the check finds damage.
   */
  beforeWrite(): void {
    if (this.state.kind !== 'open' || this.state.checked) return;
    this.finishCheck(checkFile(this.databaseFile, { ...this.access, level: 'quick' }));
    void this.db;
  }

  /**
   * The outcome of the full check of a journal opened read-only: it passed, and the connection
   * that writes replaces the read-only one; or it found damage, and the journal waits on the
   * recovery screen, never written to (a read-only connection writes nothing when it closes).
   */
  finishCheck(result: CheckResult, opening = this.opening): void {
    if (this.state.kind !== 'open' || this.state.checked || opening !== this.opening) return;
    const readOnly = this.state.file;
    if (!result.ok) {
      const found: JournalProblem = { kind: 'damaged', details: result.problems, setAside: [] };
      this.state = {
        kind: 'damaged',
        problem: rememberProblem(this.databaseFile, this.dataDir, found, this.now()),
        key: this.state.key,
      };
      readOnly.db.close();
      return;
    }
    const db = openForWriting(this.files());
    this.state = { ...this.state, file: { ...readOnly, db }, checked: true };
    this.background.checkedAt = this.now().toISOString();
    readOnly.db.close();
  }

  private openFromDisk(startingNew = false): void {
    const key = this.key;
    const opened = openJournalFile(
      this.files(),
      startingNew,
      this.options.checkAtOpenBytes ?? Number.POSITIVE_INFINITY,
    );
    this.opening++;
    if (opened.kind === 'damaged') {
      this.state = { kind: 'damaged', problem: opened.problem, key };
      return;
    }
    this.state = { kind: 'open', file: opened.file, key, suspect: false, checked: opened.checked };
    if (opened.created) this.createdNow = true;
    if (opened.checked) this.background.checkedAt = this.now().toISOString();
    else this.onUncheckedOpen?.();
  }

  private ensureReachable(): void {
    if (stillReachable(this.files(), this.openState().file)) return;
    this.closeConnection();
    this.openFromDisk();
  }

  private reopen(): void {
    const state = this.openState();
    // A read-only journal waiting for its check has written nothing that could have failed.
    if (!state.checked) return;
    const file = reopenJournalFile(this.files());
    // Still failing: the old connection answers reads, and a write reports the fault in words.
    if (!file) return;
    this.state = { ...state, file, suspect: false };
    state.file.db.close();
  }

  private closeConnection(): void {
    if (this.state.kind !== 'open') return;
    const open = this.state.file;
    this.state = { kind: 'closed', key: this.state.key };
    closeJournalFile(this.databaseFile, open);
  }
}
