/**
 * Turns whatever a person types into an FTS5 query that cannot be a syntax error. FTS5 operators
 * (quotes, `*`, `^`, brackets, `:`, `+`, `-`, AND/OR/NOT/NEAR) are never passed through: the input
 * is cut into runs of letters and digits, and each run becomes a double-quoted string, which FTS5
 * reads as plain words. All words must match. A word is a prefix while it is still being typed
 * (nothing follows it yet) or when the person put a `*` right after it.
 */

/** Letters, digits, combining marks and private-use characters: what FTS5's unicode61 keeps. */
const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
/** A run made only of combining marks folds to nothing; FTS5 would read it as an empty phrase. */
const HAS_BASE_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

export const MAX_QUERY_TERMS = 12;
export const MAX_TERM_LENGTH = 64;

export interface ParsedQuery {
  /** The words searched for, in the order typed. */
  terms: string[];
  /** For each word, whether it is matched as a prefix. */
  prefixes: boolean[];
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  const terms: string[] = [];
  const prefixes: boolean[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    if (!HAS_BASE_CHARACTER.test(match[0])) continue;
    if (terms.length === MAX_QUERY_TERMS) break;
    const end = match.index + match[0].length;
    terms.push(match[0].slice(0, MAX_TERM_LENGTH));
    prefixes.push(end === text.length || text[end] === '*');
  }
  return { terms, prefixes };
}

/** The MATCH expression for `input`, or null when it holds no word to search for. */
export function buildMatchQuery(input: string): string | null {
  return matchQueryOf(parseQuery(input));
}

/** The MATCH expression for words already parsed, or null when there are none. */
export function matchQueryOf({ terms, prefixes }: ParsedQuery): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((term, index) => {
      // A run holds no double quote, but doubling keeps this correct if WORD_RUN ever widens.
      const quoted = `"${term.replaceAll('"', '""')}"`;
      return prefixes[index] ? `${quoted}*` : quoted;
    })
    .join(' ');
}
