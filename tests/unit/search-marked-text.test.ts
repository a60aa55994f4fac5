import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HighlightedText } from '../../src-main/contract/search';
import { MARK_END, MARK_START, parseMarked } from '../../src-main/search/marked-text';

/** The rules spelled out one character at a time: the slower reading parseMarked must match. */
function reference(marked: string): HighlightedText {
  let text = '';
  const highlights: HighlightedText['highlights'] = [];
  let openAt: number | null = null;
  for (const char of marked) {
    if (char === MARK_START) {
      openAt ??= text.length;
    } else if (char === MARK_END) {
      if (openAt !== null && text.length > openAt) {
        const previous = highlights.at(-1);
        if (previous && previous.end === openAt) previous.end = text.length;
        else highlights.push({ start: openAt, end: text.length });
      }
      openAt = null;
    } else if (char === '\n') {
      text += ' · ';
    } else {
      text += char;
    }
  }
  return { text, highlights };
}

describe('reading FTS5 marked text', () => {
  it('turns markers into ranges and line breaks into middle dots', () => {
    const m = (word: string) => `${MARK_START}${word}${MARK_END}`;
    expect(parseMarked(`A ${m('café')} in\nthe ${m('mentor')}${m('ing')} 🚀 ${m('')}end`)).toEqual({
      text: 'A café in · the mentoring 🚀 end',
      highlights: [
        { start: 2, end: 6 },
        { start: 16, end: 25 },
      ],
    });
    expect(parseMarked('')).toEqual({ text: '', highlights: [] });
  });

  it('reads any text as the character-by-character rules do', () => {
    const piece = fc.constantFrom(MARK_START, MARK_END, '\n', 'a', 'é', 'e\u0301', '🚀', ' ', '…');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const marked = pieces.join('');
        expect(parseMarked(marked)).toEqual(reference(marked));
      }),
      { numRuns: 500 },
    );
  });
});
