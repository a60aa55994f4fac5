import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { syncPath } from '../db/copy';

/**
 * The `set-aside` folder keeps every journal a recovery choice or a restore would otherwise change
 * or replace: moved there when it is replaced, copied there when it is kept and opened again.
 * Nothing in it is ever deleted by Waymark.
 */
export const SET_ASIDE_FOLDER = 'set-aside';
/** SQLite's companions of a database file: a WAL belongs to exactly one file and moves with it. */
const COMPANIONS = ['', '-wal', '-shm'] as const;

function stampOf(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** A new name in `set-aside/` that no file (or companion) has yet. */
function freshBase(databaseFile: string, dataDir: string, reason: string, now: Date): string {
  const folder = join(dataDir, SET_ASIDE_FOLDER);
  mkdirSync(folder, { recursive: true });
  const stem = `${basename(databaseFile, '.sqlite')}-${stampOf(now)}-${reason}`;
  let base = join(folder, `${stem}.sqlite`);
  for (let n = 2; COMPANIONS.some((suffix) => existsSync(base + suffix)); n++) {
    base = join(folder, `${stem}-${n}.sqlite`);
  }
  return base;
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
  const base = freshBase(databaseFile, dataDir, reason, now);
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
  syncPath(join(dataDir, SET_ASIDE_FOLDER));
  return moved.map((suffix) => base + suffix);
}

/**
 * Copies the journal file and its WAL, as they are on disk, into `set-aside/` under one new name,
 * flushed to the disk, before a choice opens the journal and SQLite rewrites or removes its WAL.
 * The -shm is not copied: SQLite rebuilds it from the WAL. A failed copy leaves no part behind and
 * is thrown. Returns the new paths. The connection must be closed first.
 */
export function copyAside(
  databaseFile: string,
  dataDir: string,
  reason: string,
  now: Date,
): string[] {
  if (!existsSync(databaseFile)) return [];
  // An empty WAL (a read-only check leaves one) holds nothing worth a copy.
  const wal = `${databaseFile}-wal`;
  const present = existsSync(wal) && statSync(wal).size > 0 ? ['', '-wal'] : [''];
  const base = freshBase(databaseFile, dataDir, reason, now);
  const copied: string[] = [];
  try {
    for (const suffix of present) {
      copied.push(base + suffix);
      copyFileSync(databaseFile + suffix, base + suffix);
      syncPath(base + suffix);
    }
  } catch (error) {
    for (const path of copied) rmSync(path, { force: true });
    throw error;
  }
  syncPath(join(dataDir, SET_ASIDE_FOLDER));
  return copied;
}

/** Moves set-aside files back to the journal's place (undoing `setAside` after a failed restore). */
export function putBack(paths: string[], databaseFile: string): void {
  for (const path of paths) {
    const suffix = COMPANIONS.find((s) => s !== '' && path.endsWith(s)) ?? '';
    if (!existsSync(databaseFile + suffix)) renameSync(path, databaseFile + suffix);
  }
}
