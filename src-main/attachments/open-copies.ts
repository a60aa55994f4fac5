import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentNames } from '../archive/attachment-names';
import type { Attachment } from '../contract/attachments';
import { ApiError } from '../contract/errors';
import { PROGRAM_EXTENSIONS } from './detect';

/** Every private folder of copies starts with this, so a later start can find one left behind. */
export const OPEN_COPIES_PREFIX = 'waymark-open-';

/** Opens a file in the system's app for it (the desktop's shell; absent in the browser edition). */
export interface FileOpener {
  open(path: string): Promise<void>;
}

/**
 * Whether Waymark may hand this file to the system to open: never a program, by its detected kind
 * or by any extension its name or its copy's name has (`offer.pdf.exe`).
 */
export function mayOpen(attachment: Pick<Attachment, 'kind' | 'name'>, copyName: string): boolean {
  if (attachment.kind === 'program') return false;
  const parts = [...attachment.name.toLowerCase().split('.').slice(1), ...copyName.split('.')];
  return !parts.some((part) => PROGRAM_EXTENSIONS.has(part.toLowerCase().trim()));
}

/**
 * Readable copies of files the person opened in another app, in one private folder (mode 0700,
 * files 0600) under the system's temporary folder. `clear` removes the folder: when the journal
 * locks, when the app quits, and (for one a crash left behind) when the app starts again.
 */
export class OpenCopies {
  private folder: string | null = null;

  constructor(private readonly base: string = tmpdir()) {}

  /** Writes a copy of `bytes` under a safe form of the file's name; answers its path. */
  write(attachment: Pick<Attachment, 'sha256' | 'name' | 'mime' | 'kind'>, bytes: Buffer): string {
    const name = new AttachmentNames().nameFor(attachment);
    if (!mayOpen(attachment, name)) {
      throw new ApiError(
        'invalid_input',
        `“${attachment.name}” is a program: Waymark keeps it but never opens it. Use Download to save a copy.`,
      );
    }
    if (!this.folder) {
      this.folder = mkdtempSync(join(this.base, OPEN_COPIES_PREFIX));
      chmodSync(this.folder, 0o700);
    }
    // One sub-folder per file's bytes, so two files with the same name never overwrite each other.
    const inner = join(this.folder, attachment.sha256.slice(0, 16));
    rmSync(inner, { recursive: true, force: true });
    mkdirSync(inner, { mode: 0o700 });
    const path = join(inner, name);
    writeFileSync(path, bytes, { mode: 0o600 });
    return path;
  }

  /** The private folder, if any copy was written since it was last cleared. */
  get current(): string | null {
    return this.folder;
  }

  /** Removes every copy. Never throws: a copy another app holds open is removed next time. */
  clear(): void {
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }

  /** Removes folders of copies a crash left behind (ours only: same prefix, same owner). */
  sweepLeftBehind(): number {
    let removed = 0;
    const uid = typeof process.getuid === 'function' ? process.getuid() : null;
    for (const entry of safeList(this.base)) {
      if (!entry.startsWith(OPEN_COPIES_PREFIX)) continue;
      const path = join(this.base, entry);
      if (path === this.folder) continue;
      try {
        const stat = statSync(path);
        if (!stat.isDirectory() || (uid !== null && stat.uid !== uid)) continue;
        rmSync(path, { recursive: true, force: true });
        removed++;
      } catch {
        // Gone already, or not ours to remove.
      }
    }
    return removed;
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
