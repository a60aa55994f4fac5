import { z } from 'zod';
import { channel } from './define';
import { id } from './schemas';

/** The largest picture or file Waymark keeps. */
export const ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024;

/** The only kinds of content ever drawn in the page; everything else is kept as a file. */
export const PICTURE_MIMES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'];

/** A picture is drawn; a file shows as a card; a program is kept but never opened from Waymark. */
export type AttachmentKind = 'picture' | 'file' | 'program';

/** How a picture or file node in the rich text refers to its bytes: `attachment:` + SHA-256. */
export const ATTACHMENT_REF = /^attachment:([0-9a-f]{64})$/;

export interface Attachment {
  sha256: string;
  /** The name it was first added under. */
  name: string;
  mime: string;
  kind: AttachmentKind;
  size: number;
}

export interface AttachmentUpload {
  uploadId: string;
  /** Bytes received so far. */
  received: number;
  size: number;
}

export interface AttachmentUse {
  entryId: string;
  title: string;
  entryDate: string;
  /** The entry is in the trash. */
  trashed: boolean;
}

export type AttachmentOpened = { opened: true } | { opened: false; needsConfirmation: true };

export interface AttachmentUsage {
  /** Bytes taken by every picture and file in the journal. */
  totalBytes: number;
  count: number;
  /** The largest ones, largest first, with the entries they are in (in kept versions only: none). */
  largest: (Attachment & { entries: AttachmentUse[] })[];
}

const base64 = z
  .string()
  .max(12_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'This is not base64-encoded data.');

/** A part as raw bytes: what the desktop bridge and the browser edition's binary body carry. */
const bytes = z
  .instanceof(Uint8Array, { message: 'This is not file data.' })
  .refine((data) => data.length <= 8 * 1024 * 1024, 'This part of the file is too large.');

const upload = z.strictObject({ uploadId: id });

export const attachmentsContract = {
  /** Announces a file to add; its size is checked before any bytes are sent. */
  'attachments:begin': channel(
    z.strictObject({
      name: z
        .string()
        .trim()
        .min(1, 'A file needs a name.')
        .max(255, 'That file name is too long.'),
      size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    }),
  ).returns<AttachmentUpload>(),
  /**
   * The next part of the file's bytes (large files come in several requests): raw bytes, so the
   * page never encodes them; base64 is still read, for scripts that send JSON.
   */
  'attachments:part': channel(
    z.strictObject({ uploadId: id, data: z.union([bytes, base64]) }),
  ).returns<AttachmentUpload>(),
  /** All parts are sent: the bytes are checked and kept (once, however often they are added). */
  'attachments:finish': channel(upload, { changes: ['attachments'] }).returns<Attachment>(),
  'attachments:cancel': channel(upload).returns<{ cancelled: boolean }>(),
  /**
   * Desktop: opens a file in the system's app for it, from a private temporary copy (removed when
   * the journal locks or the app quits). For an encrypted journal the first answer only asks to be
   * confirmed (`needsConfirmation`): the readable copy must be agreed to. Programs never open.
   */
  'attachments:open': channel(
    z.strictObject({
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'That is not a picture or file of this journal.'),
      readableCopyAgreed: z.boolean().optional(),
    }),
  ).returns<AttachmentOpened>(),
  // The largest items name the entries they are in: entry writes change what it shows too.
  'attachments:usage': channel(z.strictObject({}), {
    reads: ['attachments', 'journal'],
  }).returns<AttachmentUsage>(),
};
