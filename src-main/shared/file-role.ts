/**
 * What a chosen file's name means to the import. No Node here: the window uses it too, to send
 * only the files that can hold notes.
 */
export type FileRole = 'markdown' | 'dayone' | 'joplin' | 'zip' | 'other';

const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkd|txt)$/i;

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSION.test(path);
}

/** Hidden files and folders (`.obsidian/`, `.trash/`, `__MACOSX/`) are settings or leftovers. */
export function isHiddenPath(path: string): boolean {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .some((part) => (part.startsWith('.') && part !== '.' && part !== '..') || part === '__MACOSX');
}

export function fileRole(path: string): FileRole {
  const name = path.toLowerCase();
  if (isHiddenPath(path)) return 'other';
  if (isMarkdownPath(name)) return 'markdown';
  if (name.endsWith('.json')) return 'dayone';
  if (name.endsWith('.jex') || name.endsWith('.tar')) return 'joplin';
  if (name.endsWith('.zip')) return 'zip';
  return 'other';
}

/** The extension a note file name ends with, taken off for a title. */
export function withoutNoteExtension(name: string): string {
  return name.replace(MARKDOWN_EXTENSION, '');
}
