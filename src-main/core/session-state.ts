/**
 * What a journal session is made with, and the one state it is in at a time (session.ts), with
 * what each state answers: the status the Settings and recovery screens show, and the refusal a
 * journal call gets while the journal is locked or waits on the recovery screen.
 */
import { newestGoodBackup } from '../backup/backups';
import type { JournalStatus } from '../contract/backup';
import { ApiError } from '../contract/errors';
import type { Migration } from '../db/migrations';
import type { FileAccess } from '../db/open';
import type { OpenFile } from './journal-connection';
import { problemMessage, type JournalProblem } from './journal-problems';
import { encryptedBackups } from './session-encryption';

export interface SessionOptions {
  dataDir: string;
  /** better-sqlite3 built for Electron, when running there. */
  nativeBinding?: string;
  now?: () => Date;
  /**
   * Back up in the background after start when the newest backup is over a day old (default:
   * yes; core/maintenance.ts takes it).
   */
  dailyBackup?: boolean;
  /**
   * Journals larger than this open read-only and are fully checked after the first screen
   * (journal-connection.ts). The hosts pass CHECK_AT_OPEN_BYTES; the default checks every journal
   * in full at open, for tools and tests that write through services without the router.
   */
  checkAtOpenBytes?: number;
  /** Migrations to apply instead of the built-in list (tests of the backup before a migration). */
  migrations?: Migration[];
}

/**
 * Where the session stands; one state at a time, so no combination of flags can contradict another.
 * `key` is the passphrase of an encrypted journal, held in memory only (null for a plain journal).
 */
export type SessionState =
  /** A connection is open. `suspect`: a write failed as if the file were read-only or gone, so it
   * is reopened before the next call. `checked`: false while a large journal, open read-only,
   * waits for its full check (nothing can be written to it until then). */
  | { kind: 'open'; file: OpenFile; key: string | null; suspect: boolean; checked: boolean }
  /** Encrypted, waiting for its passphrase (which is forgotten). */
  | { kind: 'locked' }
  /** A problem found at open waits for the person's choice on the recovery screen. `key` may be
   * the passphrase that opens the encrypted backups, given there. */
  | { kind: 'damaged'; problem: JournalProblem; key: string | null }
  /** No connection: not yet opened, unreachable (each call tries again), or between a close and
   * the reopen that follows it. */
  | { kind: 'closed'; key: string | null };

/** The passphrase in memory; null for a plain journal, or while locked. */
export const keyOf = (state: SessionState): string | null =>
  state.kind === 'locked' ? null : state.key;

/** Why a journal call cannot be answered while the journal is locked or damaged. */
export function refusal(state: Extract<SessionState, { kind: 'locked' | 'damaged' }>): ApiError {
  return state.kind === 'locked'
    ? new ApiError('journal_locked', 'Your journal is locked. Enter your passphrase to open it.')
    : new ApiError(
        'recovery_needed',
        'Waymark found a problem with your journal file. Choose what to do on the recovery screen.',
      );
}

export function statusOf(
  state: SessionState,
  dataDir: string,
  databaseFile: string,
  access: FileAccess,
): JournalStatus {
  const problem = state.kind === 'damaged' ? state.problem : null;
  const key = keyOf(state);
  return {
    state: state.kind === 'locked' ? 'locked' : problem ? 'recovery' : 'open',
    encrypted: state.kind === 'locked' || key !== null,
    dataDir,
    databaseFile,
    problem: problem
      ? {
          kind: problem.kind,
          message: problemMessage(problem.kind),
          details: problem.details,
          setAside: problem.setAside,
        }
      : null,
    newestGoodBackup: problem ? newestGoodBackup(dataDir, access) : null,
    backupsNeedPassphrase: problem !== null && key === null && encryptedBackups(dataDir).length > 0,
  };
}
