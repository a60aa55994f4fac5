import type { AttachmentOpened } from '../contract/attachments';
import { ApiError } from '../contract/errors';
import type { AppContext } from '../core/context';
import { readAttachment } from './service';

/**
 * Opens a kept file in the system's app for it, from a private temporary copy. The browser
 * edition has no such thing (it downloads instead); an encrypted journal asks first, since the
 * copy is readable until the journal locks or the app quits; a program is never opened.
 */
export async function openAttachment(
  ctx: Pick<AppContext, 'db' | 'session' | 'opener' | 'openCopies'>,
  input: { sha256: string; readableCopyAgreed?: boolean },
): Promise<AttachmentOpened> {
  const { opener, openCopies } = ctx;
  if (!opener || !openCopies) {
    throw new ApiError(
      'unsupported',
      'Opening a file in another app is for the desktop app. Use Download to save a copy.',
    );
  }
  const found = readAttachment(ctx.db, input.sha256);
  if (!found) {
    throw new ApiError('not_found', 'That file is no longer in your journal.');
  }
  if (ctx.session.isEncrypted && input.readableCopyAgreed !== true) {
    return { opened: false, needsConfirmation: true };
  }
  const path = openCopies.write(found.attachment, found.bytes);
  await opener.open(path);
  return { opened: true };
}
