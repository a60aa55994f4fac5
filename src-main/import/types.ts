import type { ImportKind, ImportProblem } from '../contract/import';
import type { RichTextNode } from '../contract/schemas';
import type { ImportFile } from './place-files';

export type { ImportKind, ImportProblem };

/**
 * One file of what the person chose, wherever it came from: the CLI reads it from disk, the browser
 * edition uploads it. `path` is relative to the chosen folder (or is the file's name).
 */
export interface SourceFile {
  path: string;
  /** Last modification, in milliseconds since the epoch, when known. */
  mtimeMs: number | null;
  read(): Uint8Array;
}

/** One future journal entry, read and converted, not yet written. */
export interface ImportItem {
  kind: ImportKind;
  /** Where it came from, as a person reads it: a path, or an export and the item in it. */
  origin: string;
  /** The item's identity in its source (kind-prefixed): re-importing it is recognised by this. */
  sourceKey: string;
  /** Markdown only: the same date and text, found under another folder, is the same note. */
  contentKey: string | null;
  entryDate: string;
  /** ISO instants from the source, when it has them. */
  createdAt: string | null;
  updatedAt: string | null;
  body: RichTextNode;
  tags: string[];
  /** The pictures and files `body` refers to, stored with the entry (checked, not yet read). */
  files?: ImportFile[];
}

/** Everything read from a chosen source, before anything is written. */
export interface ParsedSource {
  items: ImportItem[];
  problems: ImportProblem[];
  /** Files that are not notes nor referred to by one (settings, stray files), left out on purpose. */
  leftOut: number;
}
