import type { Attachment } from '../../../../src-main/contract';
import { call, callWithBytes } from '../../../api/client';

/**
 * Parts stay well under the server's request limit. They go as raw bytes, never read into this
 * page's script (the browser edition) or read off the page's thread (the desktop): a large file
 * does not hold up typing.
 */
export const PART_BYTES = 4 * 1024 * 1024;

/**
 * Sends a file to the journal in parts, reporting the share sent (0..1). The size is checked
 * before any bytes go; the kind is decided by the main process from the bytes.
 */
export async function uploadAttachment(
  file: File,
  onProgress: (share: number) => void,
): Promise<Attachment> {
  const name = file.name || (file.type === 'image/png' ? 'pasted picture.png' : 'pasted file');
  const { uploadId } = await call('attachments:begin', { name, size: file.size });
  try {
    for (let start = 0; start < file.size; start += PART_BYTES) {
      const part = file.slice(start, start + PART_BYTES);
      const sent = await callWithBytes('attachments:part', { uploadId }, part);
      onProgress(sent.received / sent.size);
    }
    return await call('attachments:finish', { uploadId });
  } catch (error) {
    void call('attachments:cancel', { uploadId }).catch(() => undefined);
    throw error;
  }
}
