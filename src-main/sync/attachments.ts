import { createHash } from 'node:crypto';
import { addAttachment, readAttachment } from '../attachments/service';
import type { SyncPeer, SyncReport } from './collect';
import { open, seal } from './crypto';

/**
 * Pictures and files travel as their own encrypted files, named by their content (`att-<sha256>`),
 * in the folder of the computer that sent them first. A computer sends the ones its entries refer
 * to that no computer has sent yet, and fetches the ones its entries refer to but it does not hold.
 * Bytes that do not match their name are refused, so a damaged copy never replaces a picture.
 */
const PREFIX = 'att-';

export function attachmentFileName(sha256: string): string {
  return `${PREFIX}${sha256}`;
}

function pack(name: string, bytes: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(nameBytes.length);
  return Buffer.concat([head, nameBytes, bytes]);
}

function unpack(plain: Uint8Array): { name: string; bytes: Buffer } | null {
  const buffer = Buffer.from(plain);
  if (buffer.length < 4) return null;
  const length = buffer.readUInt32BE(0);
  if (4 + length > buffer.length) return null;
  return {
    name: buffer.toString('utf8', 4, 4 + length),
    bytes: buffer.subarray(4 + length),
  };
}

export async function syncAttachments(
  peer: SyncPeer,
  others: Map<string, string[]>,
  report: SyncReport,
): Promise<void> {
  const referenced = peer.db
    .prepare<[], string>('SELECT DISTINCT sha256 FROM entry_attachments ORDER BY sha256')
    .pluck()
    .all();
  if (referenced.length === 0) return;
  const own = new Set(await peer.transport.listFiles(peer.deviceId));
  const holder = new Map<string, string>();
  for (const [device, files] of others) {
    for (const file of files) if (file.startsWith(PREFIX)) holder.set(file, device);
  }
  for (const sha256 of referenced) {
    const file = attachmentFileName(sha256);
    const local = readAttachment(peer.db, sha256);
    if (local) {
      if (own.has(file) || holder.has(file)) continue;
      const path = `${peer.deviceId}/${file}`;
      await peer.transport.write(
        path,
        seal(peer.key, pack(local.attachment.name, local.bytes), path),
      );
      continue;
    }
    const device = holder.get(file) ?? (own.has(file) ? peer.deviceId : undefined);
    if (!device) continue; // not sent yet by the computer that has it
    const path = `${device}/${file}`;
    const sealed = await peer.transport.read(path);
    const unpacked = sealed && open(peer.key, sealed, path);
    const content = unpacked && unpack(unpacked);
    if (!content || createHash('sha256').update(content.bytes).digest('hex') !== sha256) {
      report.skipped.push(
        `The picture or file ${path} could not be read: it is incomplete, or was changed by something other than Waymark. It was skipped; the entry keeps its place for it.`,
      );
      continue;
    }
    try {
      await addAttachment(peer.db, content, peer.now());
    } catch (error) {
      report.skipped.push(
        `A picture or file from another computer was not kept: ${(error as Error).message}`,
      );
    }
  }
}
