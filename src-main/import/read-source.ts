/**
 * Reads whatever the person chose (a folder of notes, a Day One export, a Joplin JEX, or a zip of
 * any of these) into entries-to-be and a list of what could not be read, writing nothing. Works
 * on an abstract list of files, so the CLI can read the disk and the browser edition its uploads.
 */
import { unzipSync } from 'fflate';
import { parseDayOne } from './day-one';
import { decodeText } from './decode-text';
import { normalizePath } from './item-parts';
import { parseJex } from './joplin';
import { fileRole } from '../shared/file-role';
import { parseMarkdownNote } from './markdown-note';
import type { ImportItem, ImportProblem, ParsedSource, SourceFile } from './types';

/** A note longer than this is not one journal entry (and could not be saved back from the editor). */
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
/** A file inside a zip larger than this once unpacked is refused before it is unpacked. */
const MAX_ZIPPED_FILE_BYTES = 512 * 1024 * 1024;

export interface ReadOptions {
  now: Date;
  /** Called as files are read; awaited, so a host can keep answering other requests. */
  onProgress?: (read: number, total: number) => void | Promise<void>;
}

interface Collected extends ParsedSource {
  items: ImportItem[];
  problems: ImportProblem[];
}

function readBytes(file: SourceFile, collected: Collected): Uint8Array | null {
  try {
    return file.read();
  } catch (error) {
    const code = (error as { code?: string }).code;
    collected.problems.push({
      path: file.path,
      reason:
        code === 'EACCES' || code === 'EPERM'
          ? 'Waymark is not allowed to read this file.'
          : 'This file could not be read.',
    });
    return null;
  }
}

function readMarkdown(
  file: SourceFile,
  bytes: Uint8Array,
  shownAs: string,
  out: Collected,
  now: Date,
) {
  if (bytes.length > MAX_NOTE_BYTES) {
    out.problems.push({
      path: shownAs,
      reason: 'This note is too long to become one journal entry (more than 2 MB).',
    });
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    out.problems.push({ path: shownAs, reason: decoded.reason });
    return;
  }
  const note = parseMarkdownNote(file, decoded.text, now);
  if (!note.ok) out.problems.push({ path: shownAs, reason: note.reason });
  else out.items.push(shownAs === note.item.origin ? note.item : { ...note.item, origin: shownAs });
}

function readFile(file: SourceFile, out: Collected, now: Date, insideZip: string | null): void {
  const role = fileRole(file.path);
  const shownAs = insideZip
    ? `${insideZip} › ${normalizePath(file.path)}`
    : normalizePath(file.path);
  if (role === 'other' || (role === 'zip' && insideZip)) {
    out.leftOut++;
    return;
  }
  const bytes = readBytes(file, out);
  if (!bytes) return;
  if (role === 'markdown') return readMarkdown(file, bytes, shownAs, out, now);
  if (role === 'joplin') {
    const jex = parseJex(bytes, shownAs, now);
    out.items.push(...jex.items);
    out.problems.push(...jex.problems);
    out.leftOut += jex.leftOut;
    return;
  }
  if (role === 'dayone') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return void out.problems.push({ path: shownAs, reason: decoded.reason });
    const dayOne = parseDayOne(decoded.text, shownAs);
    out.items.push(...dayOne.items);
    out.problems.push(...dayOne.problems);
    return;
  }
  // A zip: Day One's export, or notes zipped up. Photos and attachments are never unpacked.
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        const wanted = fileRole(entry.name) !== 'other' && fileRole(entry.name) !== 'zip';
        if (!wanted) out.leftOut++;
        else if (entry.originalSize > MAX_ZIPPED_FILE_BYTES) {
          out.problems.push({
            path: `${shownAs} › ${normalizePath(entry.name)}`,
            reason: 'This file unpacks to more than 512 MB, too large to be a journal.',
          });
          return false;
        }
        return wanted;
      },
    });
  } catch {
    out.problems.push({ path: shownAs, reason: 'This zip file is damaged or is not a zip file.' });
    return;
  }
  const names = Object.keys(entries).sort();
  for (const name of names) {
    const data = entries[name] as Uint8Array;
    readFile({ path: name, mtimeMs: null, read: () => data }, out, now, shownAs);
  }
}

export async function readSource(
  files: readonly SourceFile[],
  options: ReadOptions,
): Promise<ParsedSource> {
  const out: Collected = { items: [], problems: [], leftOut: 0 };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 0; i < sorted.length; i++) {
    readFile(sorted[i] as SourceFile, out, options.now, null);
    if (options.onProgress && (i % 50 === 49 || i === sorted.length - 1)) {
      await options.onProgress(i + 1, sorted.length);
    }
  }
  return out;
}
