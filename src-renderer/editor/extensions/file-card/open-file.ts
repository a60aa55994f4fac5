import { call } from '../../../api/client';

/** What the person is told before a readable copy of a file from an encrypted journal is made. */
export const READABLE_COPY_WARNING =
  'To open this file in another app, Waymark writes a readable copy of it to a private temporary folder. ' +
  'The copy will exist until you lock your journal or quit Waymark. Open it?';

/**
 * Desktop: opens a kept file in the system's app for it. An encrypted journal asks first (the
 * copy is readable until lock or quit); answers false when the person said no.
 */
export async function openInSystemApp(
  src: string,
  confirm: (message: string) => boolean = (message) => window.confirm(message),
): Promise<boolean> {
  const sha256 = src.replace(/^attachment:/, '');
  const first = await call('attachments:open', { sha256 });
  if (first.opened) return true;
  if (!confirm(READABLE_COPY_WARNING)) return false;
  const second = await call('attachments:open', { sha256, readableCopyAgreed: true });
  return second.opened;
}
