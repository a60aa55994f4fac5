const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Links may point to the web or to an e-mail address; nothing else survives (no javascript:, data:).
 * The editor, pasted HTML and imported Markdown all keep a link only when this says yes.
 */
export function isAllowedLink(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}
