import type { Attachment } from '../contract/attachments';

/** The extension a picture's type says, for a picture whose name has none (a pasted screenshot). */
const PICTURE_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
};

/** Names Windows refuses for a file, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Safe, unique file names for attachments written beside exported notes: letters, digits, `-`, `_`
 * and one `.` before the extension, so the relative link needs no escaping and opens in Obsidian,
 * Joplin and any file system (names that differ only in case count as the same). The same bytes
 * always get the same name.
 */
export class AttachmentNames {
  private readonly bySha = new Map<string, string>();
  private readonly taken = new Set<string>();

  nameFor(attachment: Pick<Attachment, 'sha256' | 'name' | 'mime'>): string {
    const known = this.bySha.get(attachment.sha256);
    if (known) return known;
    const { stem, extension } = safeParts(attachment.name, attachment.mime);
    let name = `${stem}${extension}`;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
    this.taken.add(name.toLowerCase());
    this.bySha.set(attachment.sha256, name);
    return name;
  }
}

function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

function safeParts(name: string, mime: string): { stem: string; extension: string } {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const rawExtension =
    dot > 0
      ? clean(base.slice(dot + 1))
          .toLowerCase()
          .slice(0, 10)
      : '';
  const extension = rawExtension || PICTURE_EXTENSIONS[mime] || '';
  let stem = clean(dot > 0 ? base.slice(0, dot) : base).slice(0, 80) || 'file';
  if (RESERVED.test(stem)) stem = `${stem}-file`;
  return { stem, extension: extension ? `.${extension}` : '' };
}
