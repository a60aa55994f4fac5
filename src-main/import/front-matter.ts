import { parseDocument } from 'yaml';

export type FrontMatter =
  { ok: true; fields: Record<string, unknown>; body: string } | { ok: false; reason: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a note into its YAML front matter (the block between `---` lines at the very top, as
 * Obsidian and Joplin write it) and the Markdown after it. A note without such a block has no
 * fields. A block that is there but is not valid YAML, or not a set of `key: value` fields, is an
 * error with a reason a person can act on: guessing would import half-broken notes silently.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, fields: {}, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  // No closing line: the `---` is a horizontal rule, not front matter.
  if (!closing) return { ok: true, fields: {}, body: text };
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const where = line === undefined ? '' : ` (line ${line + 1})`;
    const detail = error.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      reason: `The front matter at the top of this note is not valid YAML${where}: ${detail}. Fix it or remove it and import again.`,
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return { ok: false, reason: 'The front matter at the top of this note cannot be read.' };
  }
  if (value === null || value === undefined) return { ok: true, fields: {}, body };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      reason:
        'The front matter at the top of this note is not a list of fields such as “title: …”. Fix it or remove it and import again.',
    };
  }
  return { ok: true, fields: value as Record<string, unknown>, body };
}

/** The first non-empty text among `keys` (front matter is case-sensitive, but people are not). */
export function fieldText(fields: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const match = Object.keys(fields).find((k) => k.toLowerCase() === key);
    const value = match === undefined ? undefined : fields[match];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/** The raw value of the first of `keys` present, any case. */
export function fieldValue(fields: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const match = Object.keys(fields).find((k) => k.toLowerCase() === key);
    if (match !== undefined && fields[match] !== null && fields[match] !== undefined) {
      return fields[match];
    }
  }
  return undefined;
}

/**
 * Tags as front matter writes them: a list (`[a, b]` or `- a`), or one string separated by commas
 * or, without commas, by spaces (Obsidian's older style). A leading `#` is dropped.
 */
export function frontMatterTags(fields: Record<string, unknown>): string[] {
  const raw = fieldValue(fields, ['tags', 'tag', 'keywords']);
  let list: unknown[];
  if (Array.isArray(raw)) list = raw;
  else if (typeof raw === 'string') list = raw.includes(',') ? raw.split(',') : raw.split(/\s+/);
  else list = [];
  return list
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim().replace(/^#/, '').trim())
    .filter((item) => item !== '');
}
