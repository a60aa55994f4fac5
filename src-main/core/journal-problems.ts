import { existsSync, statSync } from 'node:fs';
import { listBackups } from '../backup/backups';
import { copyAside } from '../backup/set-aside';
import type { JournalProblemKind } from '../contract/backup';
import { checkFile } from '../db/integrity';
import { connect, type FileAccess } from '../db/open';
import { readMarker, walWentMissing, writeMarker } from '../db/session-marker';
import { checkWal } from '../db/wal-check';

export interface JournalProblem {
  kind: JournalProblemKind;
  details: string[];
  /** Copies of the journal as found, in the set-aside folder. */
  setAside: string[];
}

const PROBLEM_MESSAGES: Record<JournalProblemKind, string> = {
  damaged:
    'Your journal file is damaged: parts of it cannot be read. Waymark has not changed it, and will not.',
  'wal-missing':
    'The newest part of your journal is missing. Waymark did not close properly last time, and the file that held its latest saves (waymark.sqlite-wal) has been removed since. The rest of the journal passed its check.',
  'wal-damaged':
    'The newest part of your journal is damaged. Waymark did not close properly last time, and the file that held its latest saves (waymark.sqlite-wal) can no longer be read, so some of those saves may be lost. The rest of the journal passed its check.',
  missing: 'Your journal file is missing from the data folder, but backups of it are there.',
};

export function problemMessage(kind: JournalProblemKind): string {
  return PROBLEM_MESSAGES[kind];
}

function problem(kind: JournalProblemKind, details: string[] = []): JournalProblem {
  return { kind, details, setAside: [] };
}

/** What is wrong with the journal on disk, if anything, before it is opened for writing. */
export function inspectJournal(
  databaseFile: string,
  dataDir: string,
  options: FileAccess & { startingNew?: boolean; level?: 'structure' | 'quick' } = {},
): JournalProblem | null {
  const hasHistory = () => readMarker(databaseFile) !== null || listBackups(dataDir).length > 0;
  if (!existsSync(databaseFile)) {
    if (options.startingNew) return null;
    const wal = `${databaseFile}-wal`;
    const orphanWal = existsSync(wal) && statSync(wal).size > 0;
    return orphanWal || hasHistory() ? problem('missing') : null;
  }
  if (statSync(databaseFile).size === 0 && hasHistory()) {
    return problem('damaged', ['The journal file is empty.']);
  }
  // Before the check: a read-only connection may leave an empty WAL behind, which would hide this.
  const walMissing = walWentMissing(databaseFile);
  // Read before SQLite opens the journal: the first write after that would overwrite the damage.
  const wal = checkWal(`${databaseFile}-wal`);
  const check = checkFile(databaseFile, {
    level: options.level ?? 'quick',
    nativeBinding: options.nativeBinding,
    key: options.key,
  });
  if (!check.ok) return problem('damaged', [...(wal.ok ? [] : [wal.problem]), ...check.problems]);
  if (!wal.ok) return problem('wal-damaged', [wal.problem]);
  if (walMissing) return problem('wal-missing');
  return null;
}

/** Copies recorded in the marker by an earlier start, if they are still the files found now. */
function earlierCopies(databaseFile: string): string[] {
  const marker = readMarker(databaseFile);
  const copies = marker?.problem === 'wal-damaged' ? (marker.setAside ?? []) : [];
  const same = (copy: string, original: string) =>
    existsSync(copy) && existsSync(original) && statSync(copy).size === statSync(original).size;
  const [journal, wal] = copies;
  return journal && wal && same(journal, databaseFile) && same(wal, `${databaseFile}-wal`)
    ? copies
    : [];
}

/**
 * Makes a problem found at start survive a restart: a missing WAL cannot be seen again once it is
 * gone, so it is written into the session marker. A damaged WAL can be, but SQLite would overwrite
 * it with its first write: the journal and its WAL are copied into the set-aside folder at once,
 * before anything can write to them, and the copies are recorded so a restart does not copy again.
 */
export function rememberProblem(
  databaseFile: string,
  dataDir: string,
  found: JournalProblem,
  now: Date,
): JournalProblem {
  if (found.kind !== 'wal-missing' && found.kind !== 'wal-damaged') return found;
  let setAside: string[] = [];
  if (found.kind === 'wal-damaged') {
    setAside = earlierCopies(databaseFile);
    try {
      if (setAside.length === 0) setAside = copyAside(databaseFile, dataDir, 'wal-damaged', now);
    } catch (error) {
      // Tried again at the next start, and before the journal can be kept as it is.
      console.error(`[waymark] could not copy the journal aside: ${(error as Error).message}`);
    }
  }
  const marker = readMarker(databaseFile);
  try {
    writeMarker(databaseFile, {
      pid: marker?.pid ?? 0,
      openedAt: marker?.openedAt ?? '',
      problem: found.kind,
      ...(setAside.length > 0 ? { setAside } : {}),
    });
  } catch (error) {
    // A folder that cannot be written: the problem is still reported now, just not remembered.
    console.error(`[waymark] could not record the problem: ${(error as Error).message}`);
  }
  return { ...found, setAside };
}

/**
 * Before a journal whose newest saves went missing or were damaged is kept as it is: a copy of it
 * as found goes to the set-aside folder (unless one is there already). A damaged WAL is then folded
 * in, SQLite keeping what it can still read, so it is not reported again. Throws, changing nothing,
 * when the copy cannot be made.
 */
export function keepAsFound(
  databaseFile: string,
  dataDir: string,
  found: JournalProblem,
  now: Date,
  access: FileAccess,
): void {
  if (found.setAside.length === 0) copyAside(databaseFile, dataDir, found.kind, now);
  if (found.kind !== 'wal-damaged') return;
  const db = connect(databaseFile, { ...access, fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
