/**
 * The files of an import source that are not notes (pictures, PDFs, anything else), found by the
 * way notes refer to them: a Markdown path relative to the note, or an Obsidian name resolved as
 * Obsidian does (next to the note, from the vault's top, else the file of that name with the
 * shortest path). Each folder or archive chosen is its own pool: a note only reaches files that
 * came with it.
 */
import { normalizePath } from './item-parts';

export interface PooledFile {
  /** Unique across the import, and how a problem with the file is shown: `export.zip › photos/a.jpeg`. */
  key: string;
  /** Inside its pool. */
  path: string;
  name: string;
  /** Known before reading for files left packed because they are too large. */
  size: number | null;
  read(): Uint8Array;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/./b/../c.png` as `a/c.png`; null when it climbs out of the pool. */
export function joinPath(folder: string, target: string): string | null {
  const parts: string[] = [];
  for (const part of `${folder}/${target}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function decoded(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** The path part of a local reference, or null for an address with a scheme (web, mail, data:). */
export function localTarget(raw: string): string | null {
  const target = raw.trim().replace(/^<(.*)>$/, '$1');
  if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null;
  const path = normalizePath(decoded(target.split(/[?#]/, 1)[0] ?? '').replace(/\\/g, '/'));
  return path === '' ? null : path;
}

export class FilePool {
  private readonly byPath = new Map<string, PooledFile>();
  private readonly byName = new Map<string, PooledFile[]>();

  /** `prefix` names the archive the files came in (`export.zip › `), or is empty. */
  constructor(private readonly prefix: string) {}

  add(path: string, read: () => Uint8Array, size: number | null = null): void {
    const clean = normalizePath(path);
    const file: PooledFile = {
      key: `${this.prefix}${clean}`,
      path: clean,
      name: nameOf(clean),
      size,
      read,
    };
    this.byPath.set(clean.toLowerCase(), file);
    const name = file.name.toLowerCase();
    this.byName.set(name, [...(this.byName.get(name) ?? []), file]);
  }

  get size(): number {
    return this.byPath.size;
  }

  files(): PooledFile[] {
    return [...this.byPath.values()];
  }

  /** The file at `path` inside the pool (letter case aside), or null. */
  at(path: string): PooledFile | null {
    return this.byPath.get(normalizePath(path).toLowerCase()) ?? null;
  }

  /** A Markdown link or image target, from the note at `notePath`: relative first, then as Obsidian. */
  markdown(notePath: string, raw: string): PooledFile | null {
    const target = localTarget(raw);
    if (target === null) return null;
    if (raw.trim().startsWith('/')) return this.at(target) ?? this.obsidian(notePath, target);
    const relative = joinPath(folderOf(normalizePath(notePath)), target);
    return (relative !== null ? this.at(relative) : null) ?? this.obsidian(notePath, target);
  }

  /**
   * An Obsidian link target (`picture.png`, `sub/picture.png`): next to the note, from the vault's
   * top, else among the files of that name (ending in that path) the one in the note's own
   * folder, else the one with the shortest path.
   */
  obsidian(notePath: string, raw: string): PooledFile | null {
    const target = normalizePath(raw.split('#', 1)[0]?.trim() ?? '');
    if (target === '') return null;
    const folder = folderOf(normalizePath(notePath));
    const beside = joinPath(folder, target);
    const exact = (beside !== null ? this.at(beside) : null) ?? this.at(target);
    if (exact) return exact;
    const lower = target.toLowerCase();
    const candidates = (this.byName.get(nameOf(lower)) ?? []).filter(
      (file) => !lower.includes('/') || file.path.toLowerCase().endsWith(`/${lower}`),
    );
    const ranked = [...candidates].sort(
      (a, b) =>
        Number(folderOf(b.path) === folder) - Number(folderOf(a.path) === folder) ||
        a.path.split('/').length - b.path.split('/').length ||
        a.path.length - b.path.length ||
        (a.path < b.path ? -1 : 1),
    );
    return ranked[0] ?? null;
  }
}
