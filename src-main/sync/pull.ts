import * as Y from 'yjs';
import { open } from './crypto';
import {
  BATCH,
  breathe,
  collectLocal,
  loadDoc,
  same,
  type SyncPeer,
  type SyncReport,
} from './collect';
import { decodePayload, parseFileName } from './files';
import type { Tag } from '../contract/define';
import { byWriteOrder, splitKey } from './records';
import { noteRemoteChanges } from './remote-changes';
import { syncState } from './state';
import { isSafeName } from './transport';

/** Reads other computers' new files and merges them into the journal. */
export async function pull(peer: SyncPeer, report: SyncReport): Promise<Map<string, string[]>> {
  const listings = new Map<string, string[]>();
  const state = syncState(peer.db);
  const arrivals: { device: string; file: string; records: [string, Uint8Array][] }[] = [];
  const gone: { device: string; file: string }[] = [];
  for (const device of await peer.transport.listDevices()) {
    if (device === peer.deviceId || !isSafeName(device)) continue;
    const files = await peer.transport.listFiles(device);
    listings.set(device, files);
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
  const byKey = new Map<string, { updates: Uint8Array[]; from: Set<(typeof arrivals)[number]> }>();
  for (const arrival of arrivals) {
    for (const [key, update] of arrival.records) {
      const slot = byKey.get(key) ?? { updates: [], from: new Set() };
      slot.updates.push(update);
      slot.from.add(arrival);
      byKey.set(key, slot);
    }
  }
  const retry = new Set<(typeof arrivals)[number]>();
  const touched = new Set<Tag>();
  const keys = [...byKey.keys()].sort(byWriteOrder);
  // Each record is written in a savepoint (and the services open their own inside it): on file,
  // their journals spilled to a temporary file each time, which made a first join a third slower.
  const tempStore = peer.db.pragma('temp_store', { simple: true }) as number;
  if (keys.length > 0) peer.db.pragma('temp_store = MEMORY');
  try {
    for (let at = 0; at < keys.length; at += BATCH) {
      if (at > 0) await breathe();
      peer.db.transaction(() => {
        // Anything written here since the round began is taken first, so a merge never overwrites it.
        collectLocal(peer.db, now);
        for (const key of keys.slice(at, at + BATCH)) {
          const { updates, from } = byKey.get(key)!;
          if (splitKey(key)) report.received += 1;
          const problem = mergeRecord(peer, key, updates, touched, now);
          if (problem === null) continue;
          // Kept in its document and read again next round (its goal may not have arrived yet).
          for (const arrival of from) retry.add(arrival);
          report.skipped.push(
            `A change from another computer could not be saved yet (${key}): ${problem}. Waymark will try again.`,
          );
        }
      })();
    }
  } finally {
    peer.db.pragma(`temp_store = ${tempStore}`);
  }
  peer.db.transaction(() => {
    for (const arrival of arrivals) {
      if (!retry.has(arrival)) state.markSeen(arrival.device, arrival.file);
    }
    for (const file of gone) state.forgetSeen(file.device, file.file);
    noteRemoteChanges(peer.db, touched, now);
  })();
  return listings;
}

/**
 * Applies the updates that arrived for one record to its document and writes the result into the
 * journal. Returns why it could not be written yet, or null.
 */
function mergeRecord(
  peer: SyncPeer,
  key: string,
  updates: Uint8Array[],
  touched: Set<Tag>,
  now: Date,
): string | null {
  const split = splitKey(key);
  if (!split) return null; // a kind of record a newer Waymark syncs
  const state = syncState(peer.db);
  const stored = state.record(key);
  const ydoc = loadDoc(stored?.state);
  for (const update of updates) Y.applyUpdate(ydoc, update);
  const target = split.kind.fromDoc(ydoc);
  const before = split.kind.read(peer.db, split.id);
  const revision = split.kind.revision?.(peer.db, split.id) ?? null;
  let problem: string | null = null;
  try {
    if (target !== null) {
      peer.db.transaction(() => split.kind.write(peer.db, split.id, target, now))();
    }
  } catch (error) {
    problem = (error as Error).message;
  }
  const base = split.kind.read(peer.db, split.id);
  if (!same(before, base)) for (const tag of split.kind.tags) touched.add(tag);
  const after = split.kind.revision?.(peer.db, split.id) ?? null;
  // A window may still show the revision this merge wrote over, and save what it typed there.
  if (stored && revision !== null && after !== revision) {
    state.putVersion(key, revision, stored.state, stored.base);
  }
  // A record new here is just what arrived: no need to encode it again.
  const whole = !stored && updates.length === 1 ? updates[0]! : Y.encodeStateAsUpdate(ydoc);
  state.putRecord(key, whole, base, after);
  state.clean(key);
  ydoc.destroy();
  return problem;
}
