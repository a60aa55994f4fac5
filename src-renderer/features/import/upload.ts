import { ATTACHMENT_MAX_BYTES } from '../../../src-main/contract/attachments';
import { fileRole, isHiddenPath } from '../../../src-main/shared/file-role';
import { base64Of } from '../../api/base64';
import { call } from '../../api/client';

/** Requests stay well under the server's 16 MB body limit once base64 has grown the data by a third. */
export const CHUNK_BYTES = 6 * 1024 * 1024;

/** A chosen file and the path the import will know it by. */
export interface ChosenFile {
  file: Blob;
  path: string;
  mtimeMs: number | null;
}

/**
 * The chosen files with their paths relative to the chosen folder (a folder's own name is
 * dropped, as the command-line import does): the notes, and the pictures and files they may refer
 * to (the import keeps those a note refers to). Files larger than Waymark keeps are counted, not
 * sent.
 */
export function chooseFiles(list: readonly File[]): { files: ChosenFile[]; leftOut: number } {
  const files: ChosenFile[] = [];
  let leftOut = 0;
  for (const file of list) {
    const relative = file.webkitRelativePath || file.name;
    const path = file.webkitRelativePath ? relative.split('/').slice(1).join('/') : relative;
    // Hidden folders (.obsidian, .git, .trash) are passed over silently, as the CLI does.
    if (isHiddenPath(path)) continue;
    // Exports (a Day One zip with its photos) may be larger: only a single picture or file is not.
    if (fileRole(path) === 'other' && file.size > ATTACHMENT_MAX_BYTES) leftOut++;
    else files.push({ file, path, mtimeMs: file.lastModified || null });
  }
  return { files, leftOut };
}

interface Part {
  path: string;
  mtimeMs: number | null;
  blob: Blob;
  append: boolean;
}

/** Files cut into parts of at most CHUNK_BYTES, so one large export travels in several requests. */
export function partsOf(files: readonly ChosenFile[]): Part[] {
  const parts: Part[] = [];
  for (const { file, path, mtimeMs } of files) {
    if (file.size === 0) parts.push({ path, mtimeMs, blob: file, append: false });
    for (let start = 0; start < file.size; start += CHUNK_BYTES) {
      parts.push({
        path,
        mtimeMs,
        blob: file.slice(start, start + CHUNK_BYTES),
        append: start > 0,
      });
    }
  }
  return parts;
}

/**
 * Sends the files to the main process in requests of about CHUNK_BYTES, reporting the bytes sent.
 * Returns the import session's id; `signal` stops between requests.
 */
export async function uploadFiles(
  chosen: { files: ChosenFile[]; leftOut: number },
  onProgress: (sentBytes: number, totalBytes: number) => void,
  signal: AbortSignal,
): Promise<string> {
  const total = chosen.files.reduce((sum, file) => sum + file.file.size, 0);
  let sent = 0;
  let sessionId: string | undefined;
  let batch: { path: string; data: string; mtimeMs?: number | null; append?: boolean }[] = [];
  let batchBytes = 0;
  const flush = async (force: boolean) => {
    if (batch.length === 0 && !(force && sessionId === undefined)) return;
    const result = await call('import:upload', {
      ...(sessionId ? { sessionId } : {}),
      files: batch,
      ...(sessionId ? {} : { leftOut: chosen.leftOut }),
    });
    sessionId = result.sessionId;
    sent += batchBytes;
    onProgress(sent, total);
    batch = [];
    batchBytes = 0;
  };
  for (const part of partsOf(chosen.files)) {
    if (signal.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    if (batchBytes + part.blob.size > CHUNK_BYTES) await flush(false);
    const data = await base64Of(part.blob);
    batch.push(
      part.append
        ? { path: part.path, data, append: true }
        : { path: part.path, data, mtimeMs: part.mtimeMs },
    );
    batchBytes += part.blob.size;
  }
  await flush(true);
  return sessionId as string;
}
