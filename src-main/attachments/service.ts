import { createHash } from 'node:crypto';
import type { Attachment, AttachmentUsage } from '../contract/attachments';
import type { Db } from '../db/open';
import { detectKind, type Detected } from './detect';
import { attachmentRepository, type AttachmentRow } from './repository';

/**
 * Bytes nothing refers to are kept this long after they were last added: the entry holding a new
 * picture is saved a moment after the upload, and undo may bring a removed picture back.
 */
export const UNUSED_GRACE_MS = 24 * 60 * 60_000;

/** How many of the largest attachments Settings lists. */
export const LARGEST_LISTED = 10;

export function toAttachment(row: AttachmentRow): Attachment {
  return { sha256: row.sha256, name: row.name, mime: row.mime, kind: row.kind, size: row.size };
}

/**
 * Keeps a picture or file in the journal and answers how to refer to it. The kind comes from the
 * bytes (detectKind refuses empty, oversized and misnamed files before anything is written); the
 * same bytes added again are kept once, under the name they were first added with.
 */
export async function addAttachment(
  db: Db,
  input: { name: string; bytes: Buffer },
  now: Date = new Date(),
): Promise<Attachment> {
  const detected = await detectKind(input.name, input.bytes);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return db.transaction(() =>
    keepCheckedAttachment(db, { sha256, name: input.name, ...detected, bytes: input.bytes }, now),
  )();
}

/**
 * Keeps bytes already checked by detectKind and hashed, in the caller's transaction: the import
 * stores a note's pictures in the same transaction as the entry that refers to them, so a
 * cancelled or failed batch leaves no bytes behind. The same bytes are kept once.
 */
export function keepCheckedAttachment(
  db: Db,
  input: Detected & { sha256: string; name: string; bytes: Uint8Array },
  now: Date,
): Attachment {
  const repository = attachmentRepository(db);
  const stamp = now.toISOString();
  const existing = repository.get(input.sha256);
  if (existing) {
    repository.touch(input.sha256, stamp);
    return toAttachment(existing);
  }
  const row: AttachmentRow = {
    sha256: input.sha256,
    name: input.name,
    mime: input.mime,
    kind: input.kind,
    size: input.bytes.length,
    added_at: stamp,
  };
  const data = Buffer.isBuffer(input.bytes)
    ? input.bytes
    : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  repository.insert({ ...row, data });
  return toAttachment(row);
}

/** The stored attachment and its bytes, or null when the journal holds no such bytes. */
export function readAttachment(
  db: Db,
  sha256: string,
): { attachment: Attachment; bytes: Buffer } | null {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const repository = attachmentRepository(db);
  const row = repository.get(sha256);
  const bytes = row && repository.bytes(sha256);
  return row && bytes ? { attachment: toAttachment(row), bytes } : null;
}

export function attachmentUsage(db: Db): AttachmentUsage {
  const repository = attachmentRepository(db);
  const { bytes, count } = repository.usage();
  return {
    totalBytes: bytes,
    count,
    largest: repository.largest(LARGEST_LISTED).map((row) => ({
      ...toAttachment(row),
      entries: repository.uses(row.sha256).map((use) => ({
        entryId: use.entry_id,
        title: use.title,
        entryDate: use.entry_date,
        trashed: use.deleted_at !== null,
      })),
    })),
  };
}

/**
 * Deletes the pictures and files nothing refers to any more: no live entry, no entry in the trash,
 * no kept version in an entry's history. Run after the trash is emptied and history is pruned.
 */
export function removeUnusedAttachments(db: Db, now: Date = new Date()): number {
  const cutoff = new Date(now.getTime() - UNUSED_GRACE_MS).toISOString();
  return attachmentRepository(db).deleteUnreferenced(cutoff);
}
