/**
 * Highlights and snippets for search results, made in JavaScript from the text of the rows the
 * index returned. FTS5's own snippet() tokenises every returned body again in C and cost as much as
 * the search itself. Here each searched word becomes one regular expression that matches it in
 * any case and with any accent, run over the text as it is; only the passage shown is cut into
 * words. That costs a fraction of it.
 *
 * The words are found as FTS5's `unicode61 remove_diacritics 2` tokenizer finds them: runs of
 * letters, digits, combining marks and private-use characters, compared without case or accents.
 * Which rows match is always FTS5's answer; this only decides what is marked and quoted.
 */
import type { HighlightedText } from '../contract/search';

/** The words searched for, each as a pattern, and whether it is matched as a prefix. */
export interface WordMatcher {
  patterns: RegExp[];
  prefixes: boolean[];
}

/** How many words of the body a snippet quotes (as many as FTS5's snippet() quoted before). */
const SNIPPET_WORDS = 16;
/** Words shown before the first match, so a snippet reads as a passage rather than a fragment. */
const LEAD_WORDS = 4;
/** How far after a match other searched words still count as being in the same passage. */
const PASSAGE_CHARS = 100;

const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const SYNTAX = /[\\^$.*+?()[\]{}|/-]/g;

const foldedChars = new Map<string, string>();

/**
 * One UTF-16 unit without accent or capital: one unit long, or empty for a combining mark (the
 * tokenizer drops those). A unit that would fold to more than one is kept as it is.
 */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    if (MARK.test(char)) {
      folded = '';
    } else {
      const base = char.normalize('NFD').replace(MARKS, '').toLowerCase();
      folded = base.length === 1 ? base : char;
    }
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Which ASCII units are part of a word: digits and letters. */
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    ? 1
    : 0,
);

/** Is the unit at `index` part of a word (a pair of surrogates is read as its one character)? */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (Number.isNaN(code)) return false;
  if (code >= 0xd800 && code <= 0xdfff) {
    const lead = code >= 0xdc00 ? index - 1 : index;
    const point = text.codePointAt(lead);
    return point !== undefined && point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point));
  }
  return WORD_CHAR.test(text[index] as string);
}

/** A searched word without case or accents, as the tokenizer stores it. */
function foldWord(word: string): string {
  let folded = '';
  for (const char of word.normalize('NFC')) {
    folded += char.length === 1 && char.charCodeAt(0) >= 0x80 ? foldChar(char) : char.toLowerCase();
  }
  return folded;
}

let variantsByBase: Map<string, string> | null = null;

/**
 * Every unit that folds to `base` (é, É, ê… for e), from the blocks that hold accented letters
 * (U+0080 to U+2FFF: Latin, Greek, Cyrillic and their extensions). Worked out once, at the first
 * search.
 */
function variantsOf(base: string): string {
  if (!variantsByBase) {
    variantsByBase = new Map();
    for (let code = 0x80; code <= 0x2fff; code++) {
      const char = String.fromCharCode(code);
      const folded = foldChar(char);
      if (folded !== '' && folded !== char) {
        variantsByBase.set(folded, (variantsByBase.get(folded) ?? '') + char);
      }
    }
  }
  return variantsByBase.get(base) ?? '';
}

/**
 * A pattern matching `word` (already folded) in any case and with any accent, written precomposed
 * (é) or as a letter followed by combining marks (e + ́).
 */
function patternOf(word: string): RegExp {
  let source = '';
  for (const char of word) {
    const variants = char.length === 1 ? variantsOf(char) : '';
    const escaped = (char + variants).replace(SYNTAX, '\\$&');
    source += `${variants ? `[${escaped}]` : escaped}\\p{M}*`;
  }
  return new RegExp(source, 'giu');
}

/** Patterns made for recent searches: a person types the same words again and again. */
const patterns = new Map<string, RegExp>();
const KEPT_PATTERNS = 200;

/** The searched words as the index compares them. */
export function wordMatcher(words: readonly string[], prefixes: readonly boolean[]): WordMatcher {
  return {
    patterns: words.map((word) => {
      const folded = foldWord(word);
      let pattern = patterns.get(folded);
      if (!pattern) {
        if (patterns.size === KEPT_PATTERNS)
          patterns.delete(patterns.keys().next().value as string);
        pattern = patternOf(folded);
        patterns.set(folded, pattern);
      }
      return pattern;
    }),
    prefixes: [...prefixes],
  };
}

interface Hit {
  start: number;
  end: number;
  word: number;
}

/** Where the end of the word that runs on from `index` is. */
function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isWordAt(text, end)) end++;
  return end;
}

/** Every place a searched word stands as a whole word (or starts a word, for a prefix), in order. */
function findHits(text: string, matcher: WordMatcher): Hit[] {
  const hits: Hit[] = [];
  matcher.patterns.forEach((pattern, index) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const ends = wordEnd(text, end);
      // Inside a word, nothing further in the same word can start one either.
      pattern.lastIndex = Math.max(ends, start + 1);
      if (isWordAt(text, start - 1)) continue;
      if (!matcher.prefixes[index] && ends !== end) continue;
      hits.push({ start, end: ends, word: index });
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Two words can match the same place (a prefix of the other): it is marked once.
  return hits.filter((hit, index) => index === 0 || hit.start >= (hits[index - 1] as Hit).end);
}

/** Line breaks between blocks become a middle dot, keeping a snippet on one line. */
function oneLine(text: string): string {
  return text.includes('\n') ? text.replaceAll('\n', ' · ') : text;
}

/** `text` from `start` to `end` on one line, with the hits inside it as ranges. */
function shaped(
  text: string,
  hits: readonly Hit[],
  start: number,
  end: number,
  opening = '',
  closing = '',
): HighlightedText {
  let out = opening;
  const highlights: HighlightedText['highlights'] = [];
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    out += oneLine(text.slice(at, hit.start));
    const from = out.length;
    out += text.slice(hit.start, hit.end);
    highlights.push({ start: from, end: out.length });
    at = hit.end;
  }
  return { text: out + oneLine(text.slice(at, end)) + closing, highlights };
}

/** A title (or any short text) with every searched word marked. */
export function highlightWords(text: string, matcher: WordMatcher): HighlightedText {
  return shaped(text, findHits(text, matcher), 0, text.length);
}

/** The first match of the passage holding the most different searched words, earliest first. */
function bestHit(hits: readonly Hit[]): Hit {
  let best = hits[0] as Hit;
  let bestWords = 0;
  for (let index = 0; index < hits.length; index++) {
    const first = hits[index] as Hit;
    const words = new Set<number>();
    for (let next = index; next < hits.length; next++) {
      const hit = hits[next] as Hit;
      if (hit.start - first.start > PASSAGE_CHARS) break;
      words.add(hit.word);
    }
    if (words.size > bestWords) {
      best = first;
      bestWords = words.size;
    }
  }
  return best;
}

/**
 * A passage of about `SNIPPET_WORDS` words around the best match in `text`, the matches marked
 * and an ellipsis where text was left out. With no match in `text` (the row matched on its title
 * or tags), the passage is its opening.
 */
export function snippetOf(text: string, matcher: WordMatcher): HighlightedText {
  const hits = findHits(text, matcher);
  const anchor = hits.length > 0 ? bestHit(hits).start : 0;
  // Only the words next to the match are read: a few before it, the rest after it, and more
  // before when the text ends soon after.
  let after = wordsFrom(text, anchor, 1, SNIPPET_WORDS - LEAD_WORDS);
  const before = wordsFrom(text, anchor, -1, SNIPPET_WORDS - after.length);
  if (before.length < LEAD_WORDS && after.length === SNIPPET_WORDS - LEAD_WORDS) {
    after = wordsFrom(text, anchor, 1, SNIPPET_WORDS - before.length);
  }
  const first = before.at(-1) ?? after[0];
  const last = after.at(-1) ?? before[0];
  if (!first || !last) return { text: '', highlights: [] };
  let startAt = first.start;
  let endAt = last.end;
  // An ellipsis where words were left out; at either end of the text, its punctuation is kept.
  const opening = hasWord(text, 0, startAt) ? '…' : '';
  const closing = hasWord(text, endAt, text.length) ? '…' : '';
  if (opening === '') startAt = skipSpace(text, 0, startAt, 1);
  if (closing === '') endAt = skipSpace(text, text.length, endAt, -1);
  return shaped(text, hits, startAt, endAt, opening, closing);
}

/** Is there any word in `text` between `start` and `end`? */
function hasWord(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (isWordAt(text, at)) return true;
  return false;
}

/** From `edge` towards `limit` (by `step`), past any white space: where the kept text starts or ends. */
function skipSpace(text: string, edge: number, limit: number, step: 1 | -1): number {
  let at = edge;
  while (at !== limit && /\s/.test(text[step === 1 ? at : at - 1] as string)) at += step;
  return at;
}

interface Word {
  start: number;
  end: number;
}

/**
 * Up to `count` words of `text` from `index` onwards (`step` 1, the word at `index` first) or
 * before it (`step` -1, nearest first).
 */
function wordsFrom(text: string, index: number, step: 1 | -1, count: number): Word[] {
  const words: Word[] = [];
  let at = step === 1 ? index : index - 1;
  while (words.length < count) {
    while (at >= 0 && at < text.length && !isWordAt(text, at)) at += step;
    if (at < 0 || at >= text.length) break;
    const edge = at;
    while (at >= 0 && at < text.length && isWordAt(text, at)) at += step;
    words.push(step === 1 ? { start: edge, end: at } : { start: at + 1, end: edge + 1 });
  }
  return words;
}
