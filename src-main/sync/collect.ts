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
  const ydoc = new Y.Doc();
  if (state) Y.applyUpdate(ydoc, state);
  return ydoc;
}

/** A record's values in reading order, one a line, without the structure around them. */
function wordsOf(value: unknown): string {
  const out: string[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || item === undefined) continue;
    if (typeof item === 'object') stack.push(...Object.values(item as object).reverse());
    else out.push(String(item));
  }
  return out.join('\n');
}

/**
 * How much differs between two records: the words and marks of one that are not in the other, by
 * a longest-common-subsequence over tokens after trimming the common start and end. A change made
 * in two places (a line deleted here, a line added there) counts as both.
 */
export function distance(a: unknown, b: unknown): number {
  const x = wordsOf(a).match(/\w+|\W/g) ?? [];
  const y = wordsOf(b).match(/\w+|\W/g) ?? [];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let end = 0;
  while (
    end < x.length - start &&
    end < y.length - start &&
    x[x.length - 1 - end] === y[y.length - 1 - end]
  ) {
    end += 1;
  }
  const xs = x.slice(start, x.length - end);
  const ys = y.slice(start, y.length - end);
  // Too large to compare finely (a whole document rewritten): everything in the middle differs.
  if (xs.length * ys.length > 4_000_000) return xs.length + ys.length;
  let previous = new Array<number>(ys.length + 1).fill(0);
  for (const token of xs) {
    const row = new Array<number>(ys.length + 1).fill(0);
    for (let j = 1; j <= ys.length; j += 1) {
      row[j] = token === ys[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return xs.length + ys.length - 2 * previous[ys.length]!;
}

/** Records `now` in a document as the change from `from`; returns the Yjs update it made. */
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
 * A window may still show a record as it was before a merge from another computer (an editor
 * left open). An edit made there arrives as that older text plus the person's typing; taken at
 * face value it would delete the other computer's words. So when the journal now is nearer to
 * that older view than to the merged record, the edit is applied to the older view's document
 * and merged in the way Yjs merges any concurrent edit, and the merged record is written back.
 */
export function collectLocal(db: Db, now: Date = new Date(), limit = Infinity): number {
  const state = syncState(db);
  let taken = 0;
  const touched = new Set<Tag>();
  db.transaction(() => {
    for (const key of state.dirty().slice(0, limit)) {
      taken += 1;
      const split = splitKey(key);
      const stored = state.record(key);
      if (!split) {
        state.clean(key);
        continue;
      }
      const base = stored ? (JSON.parse(stored.base) as unknown) : null;
      const current = split.kind.read(db, split.id);
      if (same(base, current)) {
        state.clean(key);
        continue;
      }
      const ydoc = loadDoc(stored?.state);
      const view = stored?.view_base ? (JSON.parse(stored.view_base) as unknown) : null;
      const stale =
        stored?.view_state && view !== null && distance(view, current) < distance(base, current);
      if (stale) {
        const older = loadDoc(stored.view_state!);
        const update = recordChange(older, () => split.kind.toDoc(older, view, current));
        if (update) {
          Y.applyUpdate(ydoc, update);
          state.queue(key, update);
        }
        const merged = split.kind.fromDoc(ydoc);
        if (merged !== null) {
          try {
            db.transaction(() => split.kind.write(db, split.id, merged, now))();
          } catch {
            /* kept in the document; written with the next merge */
          }
        }
        const viewBase = JSON.stringify(current);
        const written = split.kind.read(db, split.id);
        // The window saved onto an older view; it shows the merge only when told.
        if (!same(written, current)) for (const tag of split.kind.tags) touched.add(tag);
        state.putRecord(key, Y.encodeStateAsUpdate(ydoc), written, {
          state: Y.encodeStateAsUpdate(older),
          base: viewBase,
        });
        older.destroy();
      } else {
        const update = recordChange(ydoc, () => split.kind.toDoc(ydoc, base, current));
        if (update) state.queue(key, update);
        state.putRecord(key, Y.encodeStateAsUpdate(ydoc), current);
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
