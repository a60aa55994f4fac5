import { isDesktop, sessionToken } from '../../api/client';

const REF = /^attachment:([0-9a-f]{64})$/;
const SERVED =
  /^(?:waymark-attachment:\/\/|(?:https?:\/\/[^/]+)?\/attachments\/)([0-9a-f]{64})\/?$/;

/** The SHA-256 in an `attachment:` reference, or null for anything else. */
export function hashOfRef(src: unknown): string | null {
  return typeof src === 'string' ? (REF.exec(src)?.[1] ?? null) : null;
}

/**
 * Where the page loads a kept picture or file from: the desktop app's own protocol, or the browser
 * edition's route (authorized by the cookie that ensureAttachmentAccess obtains). Resolved at
 * render time only; the stored text keeps the reference.
 */
export function attachmentUrl(src: unknown): string | null {
  const hash = hashOfRef(src);
  if (!hash) return null;
  return isDesktop() ? `waymark-attachment://${hash}` : `/attachments/${hash}`;
}

/** A served address back to its reference (a picture copied and pasted within Waymark). */
export function refOfUrl(url: string | null): string | null {
  const hash = url ? SERVED.exec(url)?.[1] : undefined;
  return hash ? `attachment:${hash}` : null;
}

const OWN_PATH = /^(?:waymark-attachment:\/\/|\/attachments\/)[0-9a-f]{64}\/?$/;

/**
 * Whether an address is one of our own pictures or files (copied within Waymark): the desktop's
 * protocol, or this page's own /attachments/ route. Another site's address is never ours, even
 * with the same path.
 */
export function isOwnAttachmentUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  if (OWN_PATH.test(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.origin === window.location.origin && OWN_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

let access: Promise<void> | null = null;

/**
 * Browser edition: presents the session token once (never in an address) for the HttpOnly cookie
 * that lets <img> and downloads reach /attachments/. Asked again after a failure.
 */
export function ensureAttachmentAccess(): Promise<void> {
  if (isDesktop()) return Promise.resolve();
  access ??= fetch('/attachments/session', {
    method: 'POST',
    headers: { Authorization: `Bearer ${sessionToken()}` },
  }).then(
    (response) => {
      if (!response.ok) access = null;
    },
    () => {
      access = null;
    },
  );
  return access;
}

/** After a failed load: the server may have restarted with a new cookie. */
export function renewAttachmentAccess(): Promise<void> {
  access = null;
  return ensureAttachmentAccess();
}
