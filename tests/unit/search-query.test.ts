import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src-main/contract';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { buildMatchQuery, MAX_QUERY_TERMS, parseQuery } from '../../src-main/search/query';
import { search } from '../../src-main/search/service';
import { seedCorpus } from './search-corpus';
import { tempJournal } from './helpers';

/** Pieces of FTS5 syntax and other things people paste into a search box. */
const HOSTILE_PIECES = [
  '"',
  '""',
  "'",
  '*',
  '-',
  '+',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  'NEAR/3',
  'title:',
  'body:',
  '-title:',
  '{title body}:',
  '\\',
  ';',
  '--',
  '/*',
  '\u0000',
  '\u0002',
  '\u0003',
  '\u0301',
  '\u200b',
  '\ufeff',
  '\ud83d\ude80',
  '\ud800',
  'é',
  'ß',
  '東京',
  ' ',
  '\n',
  '\t',
  'mentor',
  'cafe',
];

const hostileInput = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 20 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), {
      maxLength: 20,
    })
    .map((parts) => parts.join(' ')),
);

describe('turning what a person types into an FTS5 query', () => {
  it('quotes every word; a word still being typed, or followed by *, is a prefix', () => {
    expect(buildMatchQuery('career goals')).toBe('"career" "goals"*');
    expect(buildMatchQuery('career goals ')).toBe('"career" "goals"');
    expect(buildMatchQuery('goals.')).toBe('"goals"');
    expect(buildMatchQuery('"exact phrase"')).toBe('"exact" "phrase"');
    expect(buildMatchQuery('title:secret')).toBe('"title" "secret"*');
    expect(buildMatchQuery('ment* plan')).toBe('"ment"* "plan"*');
    expect(buildMatchQuery('ment * plan ')).toBe('"ment" "plan"');
    expect(buildMatchQuery('a AND b OR NOT c')).toBe('"a" "AND" "b" "OR" "NOT" "c"*');
    expect(buildMatchQuery('NEAR(one two, 5)')).toBe('"NEAR" "one" "two" "5"');
    expect(buildMatchQuery('-')).toBeNull();
    expect(buildMatchQuery('***')).toBeNull();
    expect(buildMatchQuery('\u0301')).toBeNull();
    expect(buildMatchQuery('')).toBeNull();
  });

  it('keeps at most a dozen words; the last kept is finished, so not a prefix', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const parsed = parseQuery(many);
    expect(parsed.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parsed.prefixes).toEqual(Array(MAX_QUERY_TERMS).fill(false));
  });

  it('always produces quoted words only, for any input', () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        const query = buildMatchQuery(input);
        if (query === null) return;
        expect(query).toMatch(/^"[^"]+"\*?( "[^"]+"\*?)*$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never fails a search, whatever is typed', () => {
    const ctx = tempJournal();
    seedCorpus(ctx);
    fc.assert(
      fc.property(hostileInput, (input) => {
        const response = search(ctx.db, { text: input, kinds: ['entry'], tag: input });
        expect(Array.isArray(response.results)).toBe(true);
        search(ctx.db, { text: input });
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the words inside syntax-like input, through the router as well', async () => {
    const ctx = tempJournal();
    const e = seedCorpus(ctx);
    const router = createAppRouter(ctx);
    const found = async (text: string) => {
      const result = await router.call('search:query', { text });
      expect(result.ok, text).toBe(true);
      return result.ok ? (result.value as SearchResponse).results.map((r) => r.refId) : [];
    };
    for (const text of [
      '"mentor',
      'mentor*',
      '(mentor)',
      '-mentor',
      '^mentor',
      'mentor"',
      '{mentor}',
      'mentor:',
    ]) {
      expect(await found(text), text).toContain(e.mentorTitle.id);
    }
    // Operators and column names are words like any other.
    expect(await found('NOT mentor')).toEqual(await found('not mentor'));
    expect(await found('NOT mentor')).toEqual([e.mentorBody.id]);
    expect(await found('mentor OR pitch')).toEqual([]);
    expect(await found('body:mentor')).toEqual(await found('body mentor'));
  });
});
