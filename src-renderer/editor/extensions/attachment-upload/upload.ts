import type { Attachment } from '../../../../src-main/contract';
import { base64Of } from '../../../api/base64';
import { call } from '../../../api/client';

/** Parts stay well under the server's request limit once base64 has grown them by a third. */
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
      const data = await base64Of(file.slice(start, start + PART_BYTES));
      const sent = await call('attachments:part', { uploadId, data });
      onProgress(sent.received / sent.size);
    }
    return await call('attachments:finish', { uploadId });
  } catch (error) {
    void call('attachments:cancel', { uploadId }).catch(() => undefined);
    throw error;
  }
}
