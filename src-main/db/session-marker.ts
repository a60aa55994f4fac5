import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { syncPath } from './copy';

/**
 * Evidence for a WAL file that was deleted while Waymark was not running.
 *
 * While a journal is open, its newest saves may live only in `waymark.sqlite-wal`; SQLite folds them
 * into the main file and removes the WAL when the last connection closes cleanly. So after a crash
 * the WAL is always still there, and a journal whose WAL has vanished since looks whole but silently
 * misses its latest saves. The database cannot carry evidence of that about itself (the evidence
 * would vanish with the WAL), so Waymark keeps a small marker beside it:
 *
 * - written (and flushed) when the journal is opened, removed after a clean close;
 * - touched after every call, so its modification time is never older than Waymark's own last
 *   write to the main file (checkpoints happen inside saves).
 *
 * At the next start, a marker with no WAL beside the journal means the app did not close cleanly
 * and the WAL is gone. If the main file changed after the marker's last touch, another program
 * opened the journal and checkpointed the WAL properly (nothing lost), so that is not flagged.
 * A problem found at start is written into the marker, so it is still reported after a restart
 * until the person decides what to do.
 */
export interface MarkerContent {
  pid: number;
  openedAt: string;
  problem?: 'wal-missing' | 'wal-damaged';
  /** Copies of the journal as found, already in the set-aside folder (a damaged WAL). */
  setAside?: string[];
}

export function markerPath(databaseFile: string): string {
  return `${databaseFile}.session`;
}

export function readMarker(databaseFile: string): (MarkerContent & { touchedMs: number }) | null {
  const file = markerPath(databaseFile);
  try {
    const content = JSON.parse(readFileSync(file, 'utf8')) as MarkerContent;
    return { ...content, touchedMs: statSync(file).mtimeMs };
  } catch {
    return existsSync(file) ? { pid: 0, openedAt: '', touchedMs: statSync(file).mtimeMs } : null;
  }
}

export function writeMarker(databaseFile: string, content: MarkerContent): void {
  const file = markerPath(databaseFile);
  writeFileSync(file, JSON.stringify(content));
  syncPath(file);
}

export function touchMarker(databaseFile: string): void {
  try {
    const now = new Date();
    utimesSync(markerPath(databaseFile), now, now);
  } catch {
    // No marker (a test's bare connection) or a folder that cannot be written: nothing to record.
  }
}

export function removeMarker(databaseFile: string): void {
  rmSync(markerPath(databaseFile), { force: true });
}

/** Did the WAL vanish after an unclean exit? See the comment at the top of this file. */
export function walWentMissing(databaseFile: string): boolean {
  const marker = readMarker(databaseFile);
  if (!marker) return false;
  if (marker.problem === 'wal-missing') return true;
  if (existsSync(`${databaseFile}-wal`)) return false;
  if (!existsSync(databaseFile)) return false;
  return statSync(databaseFile).mtimeMs <= marker.touchedMs;
}
