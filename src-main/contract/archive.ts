import { z } from 'zod';
import { channel, EVERYTHING } from './define';

/** The largest export file Import reads: 32 MiB of text (a journal of many years fits easily). */
export const IMPORT_MAX_CHARS = 32 * 1024 * 1024;

export interface ExportFile {
  fileName: string;
  /** The whole export, JSON (format: src-main/archive/FORMAT.md). */
  text: string;
}

export interface ImportSummary {
  tables: { name: string; added: number; alreadyPresent: number }[];
  added: number;
  alreadyPresent: number;
  /** The backup taken just before the import (so it can be undone by a restore), if any. */
  backup: string | null;
}

export interface MarkdownExport {
  folder: string;
  /** Markdown files written. */
  files: number;
  /** Pictures and files written beside them, in `journal/attachments/`. */
  attachments: number;
}

export const archiveContract = {
  'archive:export': channel(z.strictObject({})).returns<ExportFile>(),
  'archive:import': channel(
    z.strictObject({
      text: z
        .string()
        .min(1, 'The file is empty.')
        .max(
          IMPORT_MAX_CHARS,
          'This file is too large to import: Waymark reads export files up to 32 MB.',
        ),
    }),
    { changes: EVERYTHING },
  ).returns<ImportSummary>(),
  'archive:markdown': channel(z.strictObject({})).returns<MarkdownExport>(),
};
