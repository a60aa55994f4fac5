import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { SourceFile } from './types';

/**
 * The files at `path` as an import source: every file under a folder (paths relative to it;
 * hidden folders such as `.obsidian` and `.git` are not entered), or the one file named. Files
 * are read only when the import gets to them.
 */
export function sourceFilesAt(path: string): SourceFile[] {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return [{ path: basename(path), mtimeMs: stats.mtimeMs, read: () => readFileSync(path) }];
  }
  const files: SourceFile[] = [];
  const folders = [path];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) folders.push(full);
      } else if (entry.isFile()) {
        files.push({
          path: relative(path, full).split(sep).join('/'),
          mtimeMs: statSync(full).mtimeMs,
          read: () => readFileSync(full),
        });
      }
    }
  }
  return files;
}
