/**
 * What one sync file holds once decrypted: Yjs updates, each for one record key. Framed in binary
 * (magic, then key length, key, update length, update, repeated) so a large first sync needs no
 * base64. Names are `<seq>.upd` for changes and `<seq>.snap` for a compaction.
 */
const MAGIC = Buffer.from('WMP1');

export function encodePayload(records: [string, Uint8Array][]): Uint8Array {
  const parts: Buffer[] = [MAGIC];
  for (const [key, update] of records) {
    const keyBytes = Buffer.from(key, 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(keyBytes.length);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(update.length);
    parts.push(head, keyBytes, size, Buffer.from(update));
  }
  return Buffer.concat(parts);
}

/** The records of a payload, or null when it is not one. */
export function decodePayload(bytes: Uint8Array): [string, Uint8Array][] | null {
  const buffer = Buffer.from(bytes);
  if (!buffer.subarray(0, 4).equals(MAGIC)) return null;
  const out: [string, Uint8Array][] = [];
  let at = 4;
  while (at < buffer.length) {
    if (at + 4 > buffer.length) return null;
    const keyLength = buffer.readUInt32BE(at);
    at += 4;
    if (at + keyLength + 4 > buffer.length) return null;
    const key = buffer.toString('utf8', at, at + keyLength);
    at += keyLength;
    const size = buffer.readUInt32BE(at);
    at += 4;
    if (at + size > buffer.length) return null;
    out.push([key, new Uint8Array(buffer.subarray(at, at + size))]);
    at += size;
  }
  return out;
}

const NAME = /^(\d{10})\.(upd|snap)$/;

export function fileName(seq: number, kind: 'upd' | 'snap'): string {
  return `${String(seq).padStart(10, '0')}.${kind}`;
}

export function parseFileName(name: string): { seq: number; kind: 'upd' | 'snap' } | null {
  const match = NAME.exec(name);
  return match ? { seq: Number(match[1]), kind: match[2] as 'upd' | 'snap' } : null;
}
