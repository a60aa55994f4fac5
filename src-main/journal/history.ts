import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { EntryVersion } from '../contract/history';
import type { Entry } from '../contract/journal';
import type { RichTextNode } from '../contract/schemas';
import type { Db } from '../db/open';
import { PREVIEW_LENGTH, snapshotRepository, type SnapshotRow } from './history-repository';
import { entryRepository, type EntryRow } from './repository';
import { derived, requireEntry, toEntry } from './rows';
import { syncEntryIndex } from './search-sync';

/** A save after this long without one starts a new editing session (a pause, or another day). */
export const SESSION_GAP_MS = 3 * 60_000;
/** Within a session, at most one snapshot per this interval. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
/** The oldest snapshots beyond this many per entry are let go. */
export const MAX_SNAPSHOTS_PER_ENTRY = 100;

/**
 * The cadence rule, decided on every save that changes the text: keep the text as it was before
 * the change when this save starts an editing session (the previous save is at least
 * SESSION_GAP_MS old), or when the newest snapshot (or, for an entry that has none, its creation)
 * is at least SNAPSHOT_INTERVAL_MS old. Autosave runs about once a second while typing, so a
 * session yields a snapshot at its start and then one every few minutes. The gap is shorter than
 * the interval on purpose: coming back after a pause keeps the text from before it.
 */
export function snapshotDue(times: {
  now: Date;
  lastSavedAt: string;
  lastSnapshotAt: string | null;
  createdAt: string;
}): boolean {
  const now = times.now.getTime();
  const startsSession = now - Date.parse(times.lastSavedAt) >= SESSION_GAP_MS;
  const sinceSnapshot = now - Date.parse(times.lastSnapshotAt ?? times.createdAt);
  return startsSession || sinceSnapshot >= SNAPSHOT_INTERVAL_MS;
}

/** Stores the entry's current text as a snapshot, unless it is empty or already the newest one. */
function keepSnapshot(db: Db, entry: EntryRow, reason: SnapshotRow['reason'], now: Date): void {
  if (entry.body_text.trim() === '') return;
  const snapshots = snapshotRepository(db);
  if (snapshots.latest(entry.id)?.body_json === entry.body_json) return;
  snapshots.insert({
    id: randomUUID(),
    entry_id: entry.id,
    created_at: now.toISOString(),
    reason,
    title: entry.title,
    body_json: entry.body_json,
    body_text: entry.body_text,
    word_count: entry.word_count,
  });
  snapshots.prune(entry.id, MAX_SNAPSHOTS_PER_ENTRY);
}

/**
 * Keeps the text as it is now, whatever the cadence: sync calls it before a merge from another
 * computer replaces the text, so the version from before the merge is always in History.
 */
export function keepBeforeMerge(db: Db, current: EntryRow, now: Date): void {
  keepSnapshot(db, current, 'edit', now);
}

/** Called by every save, inside its transaction, before a changed text replaces `current`. */
export function snapshotBeforeEdit(db: Db, current: EntryRow, now: Date): void {
  const latest = snapshotRepository(db).latest(current.id);
  const due = snapshotDue({
    now,
    lastSavedAt: current.updated_at,
    lastSnapshotAt: latest?.created_at ?? null,
    createdAt: current.created_at,
  });
  if (due) keepSnapshot(db, current, 'edit', now);
}

/** The entry's earlier versions, newest first. */
export function listVersions(db: Db, entryId: string): EntryVersion[] {
  requireEntry(db, entryId);
  return snapshotRepository(db)
    .list(entryId)
    .map((row) => ({
      id: row.id,
      entryId: row.entry_id,
      createdAt: row.created_at,
      reason: row.reason,
      title: row.title,
      wordCount: row.word_count,
      preview:
        row.preview.length > PREVIEW_LENGTH
          ? `${row.preview.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…`
          : row.preview,
    }));
}

/**
 * Brings back an earlier version. The text it replaces is kept as a snapshot first, so restoring
 * never loses anything and can itself be undone from History.
 */
export function restoreVersion(
  db: Db,
  input: { entryId: string; versionId: string },
  now: Date = new Date(),
): Entry {
  return db.transaction(() => {
    const entry = requireEntry(db, input.entryId);
    if (entry.deleted_at !== null) {
      throw new ApiError(
        'conflict',
        'This entry is in the trash. Restore it from the trash before bringing back an older version.',
      );
    }
    const version = snapshotRepository(db).get(input.versionId);
    if (!version || version.entry_id !== entry.id) {
      throw new ApiError('not_found', 'That version of the entry no longer exists.', [
        { path: 'versionId', message: 'Not found.' },
      ]);
    }
    if (version.body_json !== entry.body_json) {
      keepSnapshot(db, entry, 'before-restore', now);
      entryRepository(db).update({
        id: entry.id,
        entry_date: entry.entry_date,
        ...derived(JSON.parse(version.body_json) as RichTextNode),
        updated_at: now.toISOString(),
      });
    }
    const saved = requireEntry(db, entry.id);
    syncEntryIndex(db, saved);
    return toEntry(saved);
  })();
}
