import { z } from 'zod';
import { channel, EVERYTHING } from './define';
import { id } from './schemas';

/** Where imported notes can come from. */
export const IMPORT_KINDS = ['markdown', 'dayone', 'joplin'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A file (or an item inside an export) that cannot be imported, and why. */
export interface ImportProblem {
  path: string;
  reason: string;
}

/** What an import would do, worked out before anything is written. */
export interface ImportPreviewCounts {
  /** New entries the import would add. */
  entries: number;
  /** Items already in the journal from an earlier import, or repeated in the source. */
  skipped: number;
  /** The distinct tags the new entries carry. */
  tags: string[];
  /** The first and last date of the new entries. */
  dateRange: { from: string; to: string } | null;
  kinds: ImportKind[];
  /** Distinct pictures the new entries show, and distinct other files (PDFs...) they hold. */
  pictures: number;
  files: number;
  /** Files that cannot be read (or pictures kept as labels), each with the reason. */
  problems: ImportProblem[];
  /** Files that are neither notes nor referred to by one (settings, stray files), left out. */
  leftOut: number;
}

export interface ImportPreview extends ImportPreviewCounts {
  sessionId: string;
}

export type ImportState = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportProgress {
  sessionId: string;
  state: ImportState;
  total: number;
  processed: number;
  imported: number;
  skipped: number;
  /** Distinct pictures, and distinct other files, brought in with the entries imported. */
  pictures: number;
  files: number;
  /** Files that could not be read, plus the item that stopped a failed import. */
  failed: number;
  current: string | null;
  /** Why a failed import stopped, and at which file; what was written before that batch stays. */
  failure: { path: string; message: string } | null;
}

export interface ImportUpload {
  sessionId: string;
  files: number;
  bytes: number;
}

/** Where an imported entry came from. */
export interface ImportedFrom {
  kind: ImportKind;
  origin: string;
  importedAt: string;
}

const base64 = z
  .string()
  .max(16_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'This is not base64-encoded data.');

const uploadedFile = z.strictObject({
  /** Relative to the chosen folder, or the file's own name. */
  path: z.string().min(1).max(1000),
  data: base64,
  mtimeMs: z.number().finite().min(0).nullable().optional(),
  /** The data continues a file sent in an earlier request (large files come in parts). */
  append: z.boolean().optional(),
});

const session = z.strictObject({ sessionId: id });

export const importContract = {
  /** The browser edition sends the chosen files in requests under the body limit. */
  'import:upload': channel(
    z.strictObject({
      sessionId: id.optional(),
      files: z.array(uploadedFile).max(20_000),
      /** How many chosen files were not notes and were not sent (images, attachments). */
      leftOut: z.number().int().min(0).max(10_000_000).optional(),
    }),
  ).returns<ImportUpload>(),
  'import:preview': channel(session).returns<ImportPreview>(),
  'import:start': channel(session, { changes: EVERYTHING }).returns<ImportProgress>(),
  'import:progress': channel(session).returns<ImportProgress>(),
  'import:cancel': channel(session, { changes: EVERYTHING }).returns<ImportProgress>(),
  'import:discard': channel(session).returns<{ discarded: boolean }>(),
  'import:sourceOf': channel(z.strictObject({ entryId: id }), {
    reads: ['import'],
  }).returns<ImportedFrom | null>(),
};
