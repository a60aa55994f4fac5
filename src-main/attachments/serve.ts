import type { Attachment } from '../contract/attachments';

/** The desktop app's scheme for pictures and files: `waymark-attachment://<sha256>`. */
export const ATTACHMENT_SCHEME = 'waymark-attachment';

const SHA256 = /^[0-9a-f]{64}$/;

export function isAttachmentHash(value: string): boolean {
  return SHA256.test(value);
}

/** `filename*` in RFC 5987 form, so any name (accents, quotes, slashes) arrives as it was. */
function dispositionFor(name: string): string {
  const safe = [...name].map((c) => (c < ' ' || '\\/"'.includes(c) ? '_' : c)).join('');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16)}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/**
 * The headers every served attachment carries, in both editions. Its type is the stored one; the
 * browser may not guess another (nosniff); nothing in it may run or load anything (CSP, sandbox);
 * anything but a picture is a download, never shown in the page; nothing is cached, so no copy of
 * an encrypted journal's picture is left in the browser's cache on disk.
 */
export function attachmentHeaders(attachment: Attachment): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': attachment.kind === 'picture' ? attachment.mime : 'application/octet-stream',
    'Content-Length': String(attachment.size),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  if (attachment.kind !== 'picture')
    headers['Content-Disposition'] = dispositionFor(attachment.name);
  return headers;
}

export type ReadAttachment = (sha256: string) => { attachment: Attachment; bytes: Buffer } | null;

/**
 * The desktop protocol's answer to one request: the bytes with attachmentHeaders, or a plain 404.
 * A locked journal (reading throws) answers 404 too: nothing of it is shown until it is unlocked.
 */
export function attachmentProtocolResponse(url: string, read: ReadAttachment): Response {
  let sha256: string;
  try {
    const parsed = new URL(url);
    sha256 = parsed.protocol === `${ATTACHMENT_SCHEME}:` ? parsed.hostname : '';
  } catch {
    sha256 = '';
  }
  let found: ReturnType<ReadAttachment> = null;
  if (isAttachmentHash(sha256)) {
    try {
      found = read(sha256);
    } catch {
      found = null;
    }
  }
  if (!found) {
    return new Response('Not found.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  return new Response(new Uint8Array(found.bytes), {
    status: 200,
    headers: attachmentHeaders(found.attachment),
  });
}
