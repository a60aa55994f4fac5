/**
 * Text files are expected in UTF-8 (what Obsidian, Joplin and Day One write). A UTF-16 file says so
 * with its byte-order mark and is read as such; anything else that is not valid UTF-8 is refused
 * rather than imported as garbled text.
 */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
    }
    const text = UTF8.decode(bytes);
    if (text.includes('\u0000')) {
      return { ok: false, reason: 'This is not a text file (it holds binary data).' };
    }
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason:
        'This file is not UTF-8 text, so its characters cannot be read reliably. Save it as UTF-8 and import it again.',
    };
  }
}
