/**
 * Reads whatever the person chose (a folder of notes, a Day One export, a Joplin JEX, or a zip of
 * any of these) into entries-to-be and a list of what could not be read, writing nothing. Works
 * on an abstract list of files, so the CLI can read the disk and the browser edition its uploads.
 */
import { unzipSync } from 'fflate';
import { ATTACHMENT_MAX_BYTES } from '../contract/attachments';
import { parseDayOne } from './day-one';
import { decodeText } from './decode-text';
import { FilePool, type PooledFile } from './file-pool';
import type { FileResolver } from './file-refs';
import { normalizePath } from './item-parts';
import { parseJex } from './joplin';
import { fileRole, isHiddenPath } from '../shared/file-role';
import { parseMarkdownNote } from './markdown-note';
import { bringInFiles } from './bring-in-files';
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
  /** Every file that is not a note, by pool: each folder or archive chosen has its own. */
  pools: FilePool[];
  /** The files notes refer to, by key. */
  library: Map<string, PooledFile>;
}

/** How a note at `notePath` finds the files of its pool; what it finds goes in the library. */
function resolverFor(pool: FilePool, notePath: string, out: Collected): FileResolver {
  return (target, _form, wiki) => {
    const file = wiki ? pool.obsidian(notePath, target) : pool.markdown(notePath, target);
    if (!file) return null;
    out.library.set(file.key, file);
    return file.key;
  };
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
  pool: FilePool,
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
  const note = parseMarkdownNote(file, decoded.text, now, resolverFor(pool, file.path, out));
  if (!note.ok) out.problems.push({ path: shownAs, reason: note.reason });
  else out.items.push(shownAs === note.item.origin ? note.item : { ...note.item, origin: shownAs });
}

/** Files that are not notes join the pool; nested zips and hidden files are left out. */
function isPoolFile(path: string, insideZip: string | null): boolean {
  const role = fileRole(path);
  return (role === 'other' || (role === 'zip' && insideZip !== null)) && !isHiddenPath(path);
}

function readFile(
  file: SourceFile,
  out: Collected,
  now: Date,
  insideZip: string | null,
  pool: FilePool,
): void {
  const role = fileRole(file.path);
  const shownAs = insideZip
    ? `${insideZip} › ${normalizePath(file.path)}`
    : normalizePath(file.path);
  if (role === 'other' || (role === 'zip' && insideZip)) {
    // In the pool (counted as left out at the end unless a note refers to it), or hidden.
    if (!isPoolFile(file.path, insideZip)) out.leftOut++;
    return;
  }
  const bytes = readBytes(file, out);
  if (!bytes) return;
  if (role === 'markdown') return readMarkdown(file, bytes, shownAs, out, now, pool);
  if (role === 'joplin') {
    const jex = parseJex(bytes, shownAs, now);
    out.items.push(...jex.items);
    out.problems.push(...jex.problems);
    out.leftOut += jex.leftOut;
    for (const [key, found] of jex.files) out.library.set(key, found);
    return;
  }
  if (role === 'dayone') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return void out.problems.push({ path: shownAs, reason: decoded.reason });
    const folder = normalizePath(file.path).split('/').slice(0, -1).join('/');
    const dayOne = parseDayOne(decoded.text, shownAs, { pool, folder });
    out.items.push(...dayOne.items);
    out.problems.push(...dayOne.problems);
    for (const [key, found] of dayOne.files) out.library.set(key, found);
    return;
  }
  readZip(bytes, shownAs, out, now);
}

/** A zip: Day One's export, or notes zipped up, with the pictures and files that came with them. */
function readZip(bytes: Uint8Array, shownAs: string, out: Collected, now: Date): void {
  const pool = new FilePool(`${shownAs} › `);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        const role = fileRole(entry.name);
        const note = role !== 'other' && role !== 'zip';
        if (!note) {
          if (!isPoolFile(entry.name, shownAs)) out.leftOut++;
          else if (entry.originalSize > ATTACHMENT_MAX_BYTES) {
            // Left packed: a note that refers to it is told it is too large.
            pool.add(entry.name, () => new Uint8Array(), entry.originalSize);
          } else return true;
          return false;
        }
        if (entry.originalSize > MAX_ZIPPED_FILE_BYTES) {
          out.problems.push({
            path: `${shownAs} › ${normalizePath(entry.name)}`,
            reason: 'This file unpacks to more than 512 MB, too large to be a journal.',
          });
          return false;
        }
        return true;
      },
    });
  } catch {
    out.problems.push({ path: shownAs, reason: 'This zip file is damaged or is not a zip file.' });
    return;
  }
  const names = Object.keys(entries).sort();
  for (const name of names) {
    const data = entries[name] as Uint8Array;
    if (isPoolFile(name, shownAs)) pool.add(name, () => data, data.length);
  }
  out.pools.push(pool);
  for (const name of names) {
    const data = entries[name] as Uint8Array;
    if (isPoolFile(name, shownAs)) continue;
    readFile({ path: name, mtimeMs: null, read: () => data }, out, now, shownAs, pool);
  }
}

export async function readSource(
  files: readonly SourceFile[],
  options: ReadOptions,
): Promise<ParsedSource> {
  const out: Collected = { items: [], problems: [], leftOut: 0, pools: [], library: new Map() };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // The chosen folder's pictures and files first, so every note can find them.
  const pool = new FilePool('');
  for (const file of sorted) if (isPoolFile(file.path, null)) pool.add(file.path, file.read);
  out.pools.push(pool);
  for (let i = 0; i < sorted.length; i++) {
    readFile(sorted[i] as SourceFile, out, options.now, null, pool);
    if (options.onProgress && (i % 50 === 49 || i === sorted.length - 1)) {
      await options.onProgress(i + 1, sorted.length);
    }
  }
  const referenced = await bringInFiles(out.items, out.library, out.problems);
  for (const each of out.pools) {
    out.leftOut += each.files().filter((file) => !referenced.has(file.key)).length;
  }
  return { items: out.items, problems: out.problems, leftOut: out.leftOut };
}
