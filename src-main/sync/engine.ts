import * as Y from 'yjs';
import type { Db } from '../db/open';
import { createKey, open, parseKeyInfo, seal, unlockKey, DEFAULT_COST } from './crypto';
import { decodePayload, encodePayload, fileName, parseFileName } from './files';
import { byWriteOrder, RECORD_KINDS, splitKey } from './records';
import { syncState } from './state';
import {
  isSafeName,
  KEYINFO,
  ownFolderOnly,
  SyncTransportError,
  type SyncTransport,
} from './transport';

/** Own files beyond this many are compacted into one snapshot. */
export const COMPACT_AFTER = 50;
/** Records per file, so a first sync of a large journal is not one enormous file. */
const RECORDS_PER_FILE = 2000;

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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function loadDoc(state: Uint8Array | undefined): Y.Doc {
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
export function collectLocal(db: Db, now: Date = new Date()): number {
  const state = syncState(db);
  let changed = 0;
  db.transaction(() => {
    for (const key of state.dirty()) {
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
        state.putRecord(key, Y.encodeStateAsUpdate(ydoc), split.kind.read(db, split.id), {
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
      changed += 1;
    }
  })();
  return changed;
}

/** Marks every record of the journal as changed: the first sync sends them all. */
export function markAllDirty(db: Db): void {
  const state = syncState(db);
  db.transaction(() => {
    for (const [name, kind] of Object.entries(RECORD_KINDS)) {
      for (const id of kind.allIds(db)) state.markDirty(`${name}:${id}`);
    }
  })();
}

async function nextSeq(peer: SyncPeer): Promise<number> {
  const own = await peer.transport.listFiles(peer.deviceId);
  const highest = Math.max(0, ...own.map((name) => parseFileName(name)?.seq ?? 0));
  const stored = Number(syncState(peer.db).get('next_seq') ?? '1');
  return Math.max(stored, highest + 1);
}

async function writeOwn(
  peer: SyncPeer,
  seq: number,
  kind: 'upd' | 'snap',
  records: [string, Uint8Array][],
): Promise<void> {
  const name = fileName(seq, kind);
  const path = `${peer.deviceId}/${name}`;
  await peer.transport.write(path, seal(peer.key, encodePayload(records), path));
  syncState(peer.db).set('next_seq', String(seq + 1));
}

/** Writes the waiting updates to this computer's folder; returns how many records went. */
export async function push(peer: SyncPeer): Promise<number> {
  const state = syncState(peer.db);
  const rows = state.outbox();
  if (rows.length === 0) return 0;
  const byKey = new Map<string, Uint8Array[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.update_]);
  const records = [...byKey].map(([key, list]): [string, Uint8Array] => [
    key,
    Y.mergeUpdates(list),
  ]);
  let seq = await nextSeq(peer);
  for (let at = 0; at < records.length; at += RECORDS_PER_FILE) {
    await writeOwn(peer, seq, 'upd', records.slice(at, at + RECORDS_PER_FILE));
    seq += 1;
  }
  // Only what was read above: updates queued while writing wait for the next round.
  state.dropOutbox(rows.at(-1)!.id);
  return records.length;
}

/** Reads other computers' new files and merges them into the journal. */
export async function pull(peer: SyncPeer, report: SyncReport): Promise<void> {
  const state = syncState(peer.db);
  const arrivals: { device: string; file: string; records: [string, Uint8Array][] }[] = [];
  const gone: { device: string; file: string }[] = [];
  for (const device of await peer.transport.listDevices()) {
    if (device === peer.deviceId || !isSafeName(device)) continue;
    const files = await peer.transport.listFiles(device);
    const seen = state.seen(device);
    for (const file of seen) if (!files.includes(file)) gone.push({ device, file });
    for (const file of files.sort()) {
      if (seen.has(file) || !parseFileName(file)) continue;
      const path = `${device}/${file}`;
      const bytes = await peer.transport.read(path);
      if (bytes === null) continue; // compacted away since the listing: the snapshot holds it
      const plain = open(peer.key, bytes, path);
      const records = plain && decodePayload(plain);
      if (!records) {
        report.skipped.push(
          `The sync file ${path} could not be read: it is incomplete, or was changed by something other than Waymark. It was skipped and nothing was removed; if it stays, the computer that wrote it can sync again to write a fresh copy.`,
        );
        continue;
      }
      arrivals.push({ device, file, records });
    }
  }
  const now = peer.now();
  peer.db.transaction(() => {
    // Anything written here since the round began is taken first, so a merge never overwrites it.
    collectLocal(peer.db, now);
    const byKey = new Map<
      string,
      { updates: Uint8Array[]; from: Set<(typeof arrivals)[number]> }
    >();
    for (const arrival of arrivals) {
      for (const [key, update] of arrival.records) {
        const slot = byKey.get(key) ?? { updates: [], from: new Set() };
        slot.updates.push(update);
        slot.from.add(arrival);
        byKey.set(key, slot);
      }
    }
    const retry = new Set<(typeof arrivals)[number]>();
    for (const key of [...byKey.keys()].sort(byWriteOrder)) {
      const { updates, from } = byKey.get(key)!;
      const split = splitKey(key);
      if (!split) continue; // a kind of record a newer Waymark syncs
      const stored = state.record(key);
      const ydoc = loadDoc(stored?.state);
      for (const update of updates) Y.applyUpdate(ydoc, update);
      const target = split.kind.fromDoc(ydoc);
      try {
        if (target !== null) {
          peer.db.transaction(() => split.kind.write(peer.db, split.id, target, now))();
        }
      } catch (error) {
        // Kept in its document and read again next round (its goal may not have arrived yet).
        for (const arrival of from) retry.add(arrival);
        report.skipped.push(
          `A change from another computer could not be saved yet (${key}): ${(error as Error).message}. Waymark will try again.`,
        );
      }
      const base = split.kind.read(peer.db, split.id);
      // What the window may still show: the record as it was before this merge.
      const view =
        stored && !same(JSON.parse(stored.base), base)
          ? {
              state: stored.view_state ?? stored.state,
              base: stored.view_base ?? stored.base,
            }
          : stored?.view_state && stored.view_base
            ? { state: stored.view_state, base: stored.view_base }
            : null;
      state.putRecord(key, Y.encodeStateAsUpdate(ydoc), base, view);
      state.clean(key);
      ydoc.destroy();
      report.received += 1;
    }
    for (const arrival of arrivals) {
      if (!retry.has(arrival)) state.markSeen(arrival.device, arrival.file);
    }
    for (const file of gone) state.forgetSeen(file.device, file.file);
  })();
}

/** Replaces this computer's many small files by one snapshot, then removes the old ones. */
export async function compact(peer: SyncPeer): Promise<boolean> {
  const own = (await peer.transport.listFiles(peer.deviceId))
    .map((name) => ({ name, parsed: parseFileName(name) }))
    .filter((file) => file.parsed !== null);
  if (own.length <= COMPACT_AFTER) return false;
  const states = syncState(peer.db)
    .allStates()
    .map((row): [string, Uint8Array] => [row.key, row.state]);
  const seq = await nextSeq(peer);
  await writeOwn(peer, seq, 'snap', states);
  for (const file of own) {
    if (file.parsed!.seq < seq) await peer.transport.remove(`${peer.deviceId}/${file.name}`);
  }
  return true;
}

/** One round: take local changes, send them, merge other computers' changes, tidy up. */
export async function syncOnce(peer: SyncPeer): Promise<SyncReport> {
  const guarded = { ...peer, transport: ownFolderOnly(peer.transport, peer.deviceId) };
  const report: SyncReport = { sent: 0, received: 0, skipped: [] };
  collectLocal(peer.db, peer.now());
  report.sent = await push(guarded);
  await pull(guarded, report);
  await compact(guarded);
  return report;
}

/**
 * The key for a target: made from the passphrase with the target's `keyinfo`, or, on an empty
 * target, made new and its `keyinfo` written for the next computers.
 */
export async function keyForTarget(
  transport: SyncTransport,
  passphrase: string,
  cost = DEFAULT_COST,
): Promise<Buffer> {
  const existing = await transport.read(KEYINFO);
  if (existing === null) {
    const { key, info } = await createKey(passphrase, cost);
    await transport.write(KEYINFO, Buffer.from(JSON.stringify(info)));
    return key;
  }
  const info = parseKeyInfo(existing);
  if (!info) {
    throw new SyncTransportError(
      'The sync folder has a keyinfo file Waymark cannot read. If you are sure no computer syncs there any more, choose an empty folder instead.',
      'other',
    );
  }
  return unlockKey(passphrase, info);
}
