import type { HighlightedText } from '../contract/search';

/** The characters FTS5 wraps around matches; blanked out of everything that is indexed. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
// The markers are control characters on purpose: text a person writes never needs them.
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0002\u0003]/g;
/** The markers and line breaks, which `parseMarked` turns into ranges and middle dots. */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0002\u0003\n]/g;

/** Text as it goes into the index: free of the match markers, so a marker is always ours. */
export function indexable(text: string): string {
  return text.replace(MARKERS, ' ');
}

/**
 * Splits FTS5's marked output into plain text and the ranges that matched, so the window can show
 * highlights with elements it creates itself and never has to interpret markup. Line breaks
 * between blocks become a middle dot, keeping a snippet on one line.
 */
export function parseMarked(marked: string): HighlightedText {
  let text = '';
  const highlights: HighlightedText['highlights'] = [];
  let openAt: number | null = null;
  // Copies the text between the markers and line breaks in slices: a search shapes a few
  // thousand characters of titles and snippets, and adding them one by one cost more than the
  // snippets themselves.
  let from = 0;
  for (const { 0: char, index } of marked.matchAll(SPECIAL)) {
    text += marked.slice(from, index);
    from = index + 1;
    if (char === MARK_START) {
      openAt ??= text.length;
    } else if (char === MARK_END) {
      if (openAt !== null && text.length > openAt) {
        const previous = highlights.at(-1);
        // Marks that touch (nothing between them) read as one highlight.
        if (previous && previous.end === openAt) previous.end = text.length;
        else highlights.push({ start: openAt, end: text.length });
      }
      openAt = null;
    } else {
      text += ' · ';
    }
  }
  text += marked.slice(from);
  return { text, highlights };
}
