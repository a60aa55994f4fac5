import * as Y from 'yjs';
import type { Db } from '../db/open';
import type { Tag } from '../contract/define';
import { splitKey } from './records';
import { noteRemoteChanges } from './remote-changes';
import { syncState } from './state';
import type { SyncTransport } from './transport';

export interface SyncPeer {
  db: Db;
  transport: SyncTransport;
  key: Buffer;
  deviceId: string;
  now: () => Date;
}

export interface SyncReport {
  sent: number;
  received: number;
  /** Files that were skipped (partial, changed, or not Waymark's), said in words. */
  skipped: string[];
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function loadDoc(state: Uint8Array | undefined): Y.Doc {
  // A guid of our own: Yjs would make a random one (thirty-one calls for random bytes) for each of
  // the thousands of documents a first sync opens, and no document here is ever a subdocument.
  const ydoc = new Y.Doc({ guid: 'waymark-record' });
  if (state) Y.applyUpdate(ydoc, state);
  return ydoc;
}

/** Runs `change` on a document; returns the Yjs update it made, or null when it made none. */
function recordChange(ydoc: Y.Doc, change: () => void): Uint8Array | null {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array) => updates.push(update);
  ydoc.on('update', listen);
  ydoc.transact(change);
  ydoc.off('update', listen);
  return updates.length > 0 ? Y.mergeUpdates(updates) : null;
}

/**
 * Turns every record written here since it was last compared into Yjs updates waiting to be sent.
 * Synchronous and in one transaction, so nothing typed in between is half taken.
 *
 * A change is the difference between the record now and the revision it was typed on. Usually
 * that is the record as last compared (`base`). But a window may still show an entry as it was
 * before a merge from another computer (the person was typing, so the editor kept its text), and
 * its save then says so: it was typed on an older revision. Taken against `base`, it would delete
 * the other computer's words; so it is applied to the document as it was at that revision (kept
 * in `sync_versions`) and merged the way Yjs merges any concurrent edit, and the merged record is
 * written back. The window's text is kept as a version too, so its next save is taken the same way.
 */
export function collectLocal(db: Db, now: Date = new Date(), limit = Infinity): number {
  const state = syncState(db);
  let taken = 0;
  const touched = new Set<Tag>();
  db.transaction(() => {
    for (const key of state.dirty(limit)) {
      taken += 1;
      const split = splitKey(key);
      const stored = state.record(key);
      if (!split) {
        state.clean(key);
        continue;
      }
      const revision = split.kind.revision?.(db, split.id) ?? null;
      const typedOn = state.typedOn(key);
      const older =
        stored && typedOn !== undefined && typedOn !== stored.revision
          ? state.version(key, typedOn)
          : undefined;
      const base = stored ? (JSON.parse(stored.base) as unknown) : null;
      const current = split.kind.read(db, split.id);
      if (!older && same(base, current)) {
        if (stored && stored.revision !== revision) state.setRevision(key, revision);
        state.clean(key);
        continue;
      }
      const ydoc = loadDoc(stored?.state);
      if (older && revision !== null) {
        const typed = loadDoc(older.state);
        const from = JSON.parse(older.base) as unknown;
        const update = recordChange(typed, () => split.kind.toDoc(typed, from, current));
        if (update) {
          Y.applyUpdate(ydoc, update);
          state.queue(key, update);
        }
        // The window holds what it saved: its next save is typed on this.
        state.putVersion(key, revision, Y.encodeStateAsUpdate(typed), JSON.stringify(current));
        typed.destroy();
        const merged = split.kind.fromDoc(ydoc);
        if (merged !== null) {
          try {
            db.transaction(() => split.kind.write(db, split.id, merged, now))();
          } catch {
            /* kept in the document; written with the next merge */
          }
        }
        const written = split.kind.read(db, split.id);
        // The window saved onto an older text; it shows the merge only when told.
        if (!same(written, current)) for (const tag of split.kind.tags) touched.add(tag);
        const after = split.kind.revision?.(db, split.id) ?? null;
        state.putRecord(key, Y.encodeStateAsUpdate(ydoc), written, after);
      } else {
        const update = recordChange(ydoc, () => split.kind.toDoc(ydoc, base, current));
        if (update) state.queue(key, update);
        // A new document holds just that update: no need to encode it again.
        const whole = !stored && update ? update : Y.encodeStateAsUpdate(ydoc);
        state.putRecord(key, whole, current, revision);
      }
      state.clean(key);
      ydoc.destroy();
    }
    noteRemoteChanges(db, touched, now);
  })();
  return taken;
}

/** Lets the app answer the window between batches, so a large sync never holds up typing. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Records per transaction; between them the app answers the window. */
export const BATCH = 200;

/** Takes every local change, a batch at a time. */
export async function collectAll(db: Db, now: Date): Promise<void> {
  while (collectLocal(db, now, BATCH) === BATCH) await breathe();
}
