import type { BackupInfo, RestoreResult } from '../contract/backup';
import { ApiError } from '../contract/errors';
import type { JournalSession } from '../core/session';
import { writeConverted } from '../db/convert';
import type { FileAccess } from '../db/open';
import { backupAccess, backupPath, isRestorable, listBackups } from './backups';
import { withPlainFile } from './compressed';
import { putBack, setAside } from './set-aside';

/**
 * Copies a checked backup into the journal's place: under a temporary name, flushed, then renamed.
 * The copy takes the journal's current encryption: a plain backup restored into an encrypted
 * journal is encrypted with its passphrase on the way, so restoring never unlocks anything.
 */
function placeCopy(backupFile: string, databaseFile: string, access: FileAccess): void {
  withPlainFile(backupFile, (plain) =>
    writeConverted(plain, databaseFile, backupAccess(plain, access), access.key ?? null),
  );
}

/**
 * Replaces the journal with a backup: checks the backup, closes the journal cleanly, moves the
 * current file (with its WAL and SHM) aside, puts a copy of the backup in its place and reopens.
 * If anything fails after the move, the set-aside files are put back and reopened.
 */
export function restoreBackup(session: JournalSession, name: string): RestoreResult {
  if (session.isLocked) {
    throw new ApiError('journal_locked', 'Unlock your journal before restoring a backup.');
  }
  const file = backupPath(session.dataDir, name);
  const access = session.access;
  const restorable = isRestorable(file, access);
  if (!restorable.ok) {
    throw new ApiError(
      'conflict',
      `This backup cannot be restored because ${restorable.why}. Choose another one.`,
    );
  }
  const info = listBackups(session.dataDir).find((backup) => backup.name === name) as BackupInfo;
  let setAsidePaths: string[] = [];
  try {
    session.replace(() => {
      setAsidePaths = setAside(
        session.databaseFile,
        session.dataDir,
        'before-restore',
        session.now(),
      );
      try {
        placeCopy(file, session.databaseFile, access);
      } catch (error) {
        putBack(setAsidePaths, session.databaseFile);
        setAsidePaths = [];
        throw error;
      }
    });
  } catch (error) {
    if (!session.isOpen && !session.problem && setAsidePaths.length > 0) {
      // The copy is in place but did not open: put the previous journal back and open that.
      session.replace(() => {
        setAside(session.databaseFile, session.dataDir, 'failed-restore', session.now());
        putBack(setAsidePaths, session.databaseFile);
      });
    }
    throw error;
  }
  return { restored: info, setAside: setAsidePaths };
}

/** Sets the journal aside (damaged or not) and starts an empty one in its place. */
export function startNewJournal(session: JournalSession): string[] {
  let moved: string[] = [];
  session.replace(
    () => {
      moved = setAside(session.databaseFile, session.dataDir, 'damaged', session.now());
    },
    { startingNew: true },
  );
  return moved;
}
