import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo, RestoreResult } from '../contract/backup';
import { ApiError } from '../contract/errors';
import type { JournalSession } from '../core/session';
import { syncPath } from '../db/copy';
import { writeConverted } from '../db/convert';
import type { FileAccess } from '../db/open';
import { backupAccess, backupPath, isRestorable, listBackups } from './backups';

export const SET_ASIDE_FOLDER = 'set-aside';
/** SQLite's companions of a database file: a WAL belongs to exactly one file and moves with it. */
const COMPANIONS = ['', '-wal', '-shm'] as const;

function stampOf(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

/**
 * Moves the journal file and its -wal and -shm (whichever exist) into `set-aside/`, under one new
 * name, so nothing is deleted and a WAL can never be replayed onto a different file. Returns the
 * new paths. The connection must be closed first.
 */
export function setAside(
  databaseFile: string,
  dataDir: string,
  reason: string,
  now: Date,
): string[] {
  const present = COMPANIONS.filter((suffix) => existsSync(databaseFile + suffix));
  if (present.length === 0) return [];
  const folder = join(dataDir, SET_ASIDE_FOLDER);
  mkdirSync(folder, { recursive: true });
  let base = join(folder, `${basename(databaseFile, '.sqlite')}-${stampOf(now)}-${reason}.sqlite`);
  for (let n = 2; COMPANIONS.some((suffix) => existsSync(base + suffix)); n++) {
    base = join(
      folder,
      `${basename(databaseFile, '.sqlite')}-${stampOf(now)}-${reason}-${n}.sqlite`,
    );
  }
  const moved: string[] = [];
  try {
    // The main file first: without it, a WAL left behind cannot be replayed onto anything.
    for (const suffix of present) {
      renameSync(databaseFile + suffix, base + suffix);
      moved.push(suffix);
    }
  } catch (error) {
    for (const suffix of moved) renameSync(base + suffix, databaseFile + suffix);
    throw error;
  }
  syncPath(folder);
  return moved.map((suffix) => base + suffix);
}

/** Moves set-aside files back to the journal's place (undoing `setAside` after a failed restore). */
function putBack(paths: string[], databaseFile: string): void {
  for (const path of paths) {
    const suffix = COMPANIONS.find((s) => s !== '' && path.endsWith(s)) ?? '';
    if (!existsSync(databaseFile + suffix)) renameSync(path, databaseFile + suffix);
  }
}

/**
 * Copies a checked backup into the journal's place: under a temporary name, flushed, then renamed.
 * The copy takes the journal's current encryption: a plain backup restored into an encrypted
 * journal is encrypted with its passphrase on the way, so restoring never unlocks anything.
 */
function placeCopy(backupFile: string, databaseFile: string, access: FileAccess): void {
  writeConverted(backupFile, databaseFile, backupAccess(backupFile, access), access.key ?? null);
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
