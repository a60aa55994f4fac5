/**
 * Pictures and files on their way in: announced with their size, sent in parts (so a large
 * file never needs one huge request), then checked and kept in one step. Parts wait in memory only,
 * never on disk, so nothing readable is left behind in an encrypted journal's folder.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../contract/errors';
import type { Attachment, AttachmentUpload } from '../contract/attachments';
import type { Db } from '../db/open';
import { sizeProblem } from './detect';
import { addAttachment } from './service';

const MAX_OPEN_UPLOADS = 4;
const IDLE_MS = 10 * 60_000;

interface Upload {
  id: string;
  name: string;
  size: number;
  parts: Buffer[];
  received: number;
  touchedAt: number;
}

function gone(): ApiError {
  return new ApiError(
    'not_found',
    'This picture or file was not added: sending it stopped for too long. Add it again.',
    [{ path: 'uploadId', message: 'Not found.' }],
  );
}

export class AttachmentUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  begin(input: { name: string; size: number }): AttachmentUpload {
    const problem = sizeProblem(input.name, input.size);
    if (problem) throw new ApiError('invalid_input', problem, [{ path: 'size', message: problem }]);
    this.expireIdle();
    if (this.uploads.size >= MAX_OPEN_UPLOADS) {
      throw new ApiError(
        'conflict',
        `Waymark adds at most ${MAX_OPEN_UPLOADS} files at a time. Wait for one to finish.`,
      );
    }
    const upload: Upload = {
      id: randomUUID(),
      name: input.name,
      size: input.size,
      parts: [],
      received: 0,
      touchedAt: Date.now(),
    };
    this.uploads.set(upload.id, upload);
    return { uploadId: upload.id, received: 0, size: upload.size };
  }

  part(input: { uploadId: string; data: string | Uint8Array }): AttachmentUpload {
    const upload = this.get(input.uploadId);
    // A copy of bytes handed in: the part is kept until finish, whoever owned the array.
    const data =
      typeof input.data === 'string' ? Buffer.from(input.data, 'base64') : Buffer.from(input.data);
    if (upload.received + data.length > upload.size) {
      this.uploads.delete(upload.id);
      throw new ApiError(
        'invalid_input',
        `“${upload.name}” was not added: more bytes arrived than its size said.`,
      );
    }
    upload.parts.push(data);
    upload.received += data.length;
    return { uploadId: upload.id, received: upload.received, size: upload.size };
  }

  async finish(uploadId: string): Promise<Attachment> {
    const upload = this.get(uploadId);
    this.uploads.delete(uploadId);
    if (upload.received !== upload.size) {
      throw new ApiError(
        'invalid_input',
        `“${upload.name}” was not added: only part of it arrived. Add it again.`,
      );
    }
    return addAttachment(
      this.db,
      { name: upload.name, bytes: Buffer.concat(upload.parts) },
      this.now(),
    );
  }

  cancel(uploadId: string): boolean {
    return this.uploads.delete(uploadId);
  }

  private get(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw gone();
    upload.touchedAt = Date.now();
    return upload;
  }

  private expireIdle(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const upload of this.uploads.values()) {
      if (upload.touchedAt < cutoff) this.uploads.delete(upload.id);
    }
  }
}

const registry = new WeakMap<Db, AttachmentUploads>();

/** The uploads of one open journal (a restore or a lock opens another, and drops these). */
export function attachmentUploads(db: Db, now: () => Date): AttachmentUploads {
  let uploads = registry.get(db);
  if (!uploads) {
    uploads = new AttachmentUploads(db, now);
    registry.set(db, uploads);
  }
  return uploads;
}
