/** Tag names: what a person typed, tidied; and the key that makes "Career" and "career" one tag. */
export const MAX_TAG_LENGTH = 40;

/** Trims, joins inner whitespace to single spaces and drops control characters and commas. */
export function normalizeTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf},]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Case-insensitive identity of a tag name. */
export function tagKey(raw: string): string {
  return normalizeTagName(raw).toLowerCase();
}
