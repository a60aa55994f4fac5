import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Database from '../../src-main/db/sqlite';
import type { HighlightedText } from '../../src-main/contract/search';
import { matchQueryOf, parseQuery } from '../../src-main/search/query';
import { highlightWords, snippetOf, wordMatcher } from '../../src-main/search/snippet';

const MARK_START = '\u0002';
const MARK_END = '\u0003';

/** FTS5's marked output (or ours written the same way) as text and ranges, one line. */
function parseMarked(marked: string): HighlightedText {
  let text = '';
  const highlights: HighlightedText['highlights'] = [];
  let openAt: number | null = null;
  for (const char of marked) {
    if (char === MARK_START) openAt = text.length;
    else if (char === MARK_END && openAt !== null) {
      highlights.push({ start: openAt, end: text.length });
      openAt = null;
    } else text += char === '\n' ? ' · ' : char;
  }
  return { text, highlights };
}

/** FTS5 with the journal's tokenizer: what highlightWords must agree with. */
function fts5() {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare<[string]>('INSERT INTO t (rowid, x) VALUES (1, ?)');
  const highlight = db
    .prepare<[string], string>(
      'SELECT highlight(t, 0, char(2), char(3)) FROM t WHERE t MATCH ? AND rowid = 1',
    )
    .pluck();
  return {
    /** FTS5's marking of `text` for `query`, or null when FTS5 does not match it at all. */
    highlight(text: string, query: string): string | null {
      db.exec('DELETE FROM t');
      insert.run(text);
      const match = matchQueryOf(parseQuery(query));
      return match === null ? null : (highlight.get(match) ?? null);
    },
  };
}

function ours(text: string, query: string): HighlightedText {
  const { terms, prefixes } = parseQuery(query);
  return highlightWords(text, wordMatcher(terms, prefixes));
}

function marks({ text, highlights }: HighlightedText): string[] {
  return highlights.map((range) => text.slice(range.start, range.end));
}

const m = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe('highlighting the searched words as FTS5 finds them', () => {
  it('marks whole words without case or accents, and prefixes to the end of their word', () => {
    expect(ours('Café meeting; the CAFE and a cafeteria.', 'cafe ')).toEqual(
      parseMarked(`${m('Café')} meeting; the ${m('CAFE')} and a cafeteria.`),
    );
    expect(ours('Mentors, mentoring and a tormentor.', 'mento')).toEqual(
      parseMarked(`${m('Mentors')}, ${m('mentoring')} and a tormentor.`),
    );
    // A decomposed é (e + combining accent) is the same word, marked with its accent.
    expect(ours('Le cafe\u0301 du coin', 'café ')).toEqual(
      parseMarked(`Le ${m('cafe\u0301')} du coin`),
    );
    expect(ours('Straße in İstanbul, ΕΛΛΆΔΑ', 'ελλαδα istanbul strasse')).toEqual(
      parseMarked(`Straße in ${m('İstanbul')}, ${m('ΕΛΛΆΔΑ')}`),
    );
  });

  it('agrees with FTS5’s own highlight() on any text', () => {
    const index = fts5();
    const word = fc.constantFrom(
      'café',
      'CAFÉ',
      'cafe',
      'cafe\u0301',
      'résumé',
      'Resume',
      'naïve',
      'über',
      'Straße',
      'İstanbul',
      'ελλάδα',
      'Ελλάδα',
      'mentor',
      'Mentoring',
      'mentor’s',
      'x2',
      '2024',
      'ﬁnance',
      'finance',
      'Ærø',
      'señor',
      '日本',
      '🚀',
      'a\u0301b',
      'Ǆemal',
      'œuvre',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', '—', '-', '’', ' 🚀 ', '_', '');
    const text = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    const query = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '')), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.map(([w, g]) => w + g).join(' '));
    fc.assert(
      fc.property(text, query, (body, searched) => {
        const theirs = index.highlight(body, searched);
        const mine = ours(body, searched);
        if (theirs === null) {
          // FTS5 needs every word; one of them missing, no row, and nothing to compare.
          return;
        }
        expect(marks(mine)).toEqual(marks(parseMarked(theirs)));
        expect(mine).toEqual(parseMarked(theirs));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('snippets', () => {
  const words = (query: string) => {
    const { terms, prefixes } = parseQuery(query);
    return wordMatcher(terms, prefixes);
  };
  const filler = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');

  it('quotes a short text whole, punctuation and all, on one line', () => {
    expect(snippetOf('Pitch day\nWe won.', words('won '))).toEqual(
      parseMarked(`Pitch day\nWe ${m('won')}.`),
    );
    expect(snippetOf('Pitch day\nWe won.', words('won ')).text).toBe('Pitch day · We won.');
    expect(snippetOf('“Two pitches won.”', words('won '))).toEqual(
      parseMarked(`“Two pitches ${m('won')}.”`),
    );
  });

  it('cuts a long text to sixteen words around the match, with an ellipsis each side', () => {
    const text = `${filler(0, 50)} lighthouse ${filler(50, 50)}`;
    const snippet = snippetOf(text, words('lighthouse '));
    expect(snippet).toEqual(parseMarked(`…${filler(46, 4)} ${m('lighthouse')} ${filler(50, 11)}…`));
  });

  it('prefers the passage holding the most different searched words', () => {
    const text = `${filler(0, 30)} mentor ${filler(30, 30)} portfolio and mentor ${filler(60, 30)}`;
    const snippet = snippetOf(text, words('mentor portfolio '));
    expect(marks(snippet)).toEqual(['portfolio', 'mentor']);
  });

  it('opens with the start of the text when the match was elsewhere (the title or a tag)', () => {
    const text = `${filler(0, 40)}`;
    expect(snippetOf(text, words('absent '))).toEqual(parseMarked(`${filler(0, 16)}…`));
    expect(snippetOf('', words('absent '))).toEqual({ text: '', highlights: [] });
    expect(snippetOf(' — ', words('absent '))).toEqual({ text: '', highlights: [] });
  });

  it('never cuts a word in half at the edge of a very long one', () => {
    const long = 'a'.repeat(900);
    const snippet = snippetOf(`${long} lighthouse ${long}`, words('lighthouse ')).text;
    expect(snippet.split(/\s+/).every((w) => /^…?(a{900}|lighthouse)…?$/.test(w))).toBe(true);
  });
});
