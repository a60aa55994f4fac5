import type { PooledFile } from './file-pool';
import { checkFile, placeFiles, referencedKeys, type CheckedFile } from './place-files';
import type { ImportItem, ImportProblem } from './types';

/**
 * Checks every file the items refer to (each once, however many notes show it) and makes the
 * references pictures and file cards. A file that fails its check stays the label it was, and
 * `problems` says why; the note itself is still imported. Returns the keys of the files referred
 * to, whether or not they passed, so they are not also counted as left out.
 */
export async function bringInFiles(
  items: ImportItem[],
  library: ReadonlyMap<string, PooledFile>,
  problems: ImportProblem[],
): Promise<Set<string>> {
  const referenced = new Set<string>();
  for (const item of items) for (const key of referencedKeys(item.body)) referenced.add(key);
  if (referenced.size === 0) return referenced;
  const checked = new Map<string, CheckedFile>();
  for (const key of [...referenced].sort()) {
    const file = library.get(key);
    const result: CheckedFile = file
      ? await checkFile(file)
      : { ok: false, reason: 'This file could not be found.' };
    checked.set(key, result);
    if (!result.ok) {
      problems.push({
        path: key,
        reason: `${result.reason} The note keeps a label in its place.`,
      });
    }
  }
  for (const item of items) {
    if (referencedKeys(item.body).size === 0) continue;
    const placed = placeFiles(item.body, checked);
    item.body = placed.doc;
    if (placed.files.length > 0) item.files = placed.files;
  }
  return referenced;
}
