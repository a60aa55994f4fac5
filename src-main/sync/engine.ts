import * as Y from 'yjs';
import type { Db } from '../db/open';
import { createKey, parseKeyInfo, seal, unlockKey, DEFAULT_COST } from './crypto';
import { encodePayload, fileName, parseFileName } from './files';
import { collectAll, collectLocal, type SyncPeer, type SyncReport } from './collect';
import { syncAttachments } from './attachments';
import { pull } from './pull';
import { RECORD_KINDS } from './records';
import { syncState } from './state';
import { KEYINFO, ownFolderOnly, SyncTransportError, type SyncTransport } from './transport';

export { collectLocal, type SyncPeer, type SyncReport };

/** Own files beyond this many are compacted into one snapshot. */
export const COMPACT_AFTER = 50;
/** Records per file, so a first sync of a large journal is not one enormous file. */
const RECORDS_PER_FILE = 2000;

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
  await collectAll(peer.db, peer.now());
  report.sent = await push(guarded);
  const others = await pull(guarded, report);
  await syncAttachments(guarded, others, report);
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
