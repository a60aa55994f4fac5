import { SEARCH_KINDS, type SearchKind, type SearchResponse } from '../contract/search';
import type { Db } from '../db/open';
import { tagKey } from '../tags/normalize';
import { matchQueryOf, parseQuery } from './query';
import { searchRepository } from './repository';
import { highlightWords, snippetOf, wordMatcher } from './snippet';

export const DEFAULT_RESULT_LIMIT = 20;

export interface SearchOptions {
  text: string;
  /** Only these kinds; none or all of them means everything. */
  kinds?: readonly SearchKind[];
  /** Only entries carrying this tag. */
  tag?: string;
  limit?: number;
}

/**
 * An entry's body starts with its title line; a snippet taken from the very start would show the
 * title twice, so that line is left out of what is quoted.
 */
function withoutTitle(body: string, title: string): string {
  if (title === '' || !body.startsWith(title)) return body;
  if (body.length === title.length) return '';
  return body[title.length] === '\n' ? body.slice(title.length + 1) : body;
}

/**
 * Finds what the words of `text` point to, best match first (bm25, the title weighted most), with
 * the matching words marked as ranges in the title and in a snippet of the body. Whatever `text`
 * holds never reaches FTS5 as syntax (see query.ts), so a search cannot fail on its input.
 */
export function search(db: Db, options: SearchOptions): SearchResponse {
  const parsed = parseQuery(options.text);
  const match = matchQueryOf(parsed);
  if (match === null) return { terms: [], results: [] };
  const kinds = [...new Set(options.kinds ?? [])];
  const filterKinds = kinds.length > 0 && kinds.length < SEARCH_KINDS.length ? kinds : [];
  const tag = options.tag === undefined ? '' : tagKey(options.tag);
  // With entries among the kinds kept, the kinds left out are the fewer documents to gather.
  const kindsLeftOut = filterKinds.includes('entry');
  const named = kindsLeftOut
    ? SEARCH_KINDS.filter((kind) => !filterKinds.includes(kind))
    : filterKinds;
  const params: Record<string, unknown> = { match };
  named.forEach((kind, index) => (params[`kind${index}`] = kind));
  if (tag !== '') params.tag = tag;
  const rows = searchRepository(db).match(
    {
      kinds: named.length,
      kindsLeftOut,
      tag: tag !== '',
      limit: options.limit ?? DEFAULT_RESULT_LIMIT,
    },
    params,
  );
  const words = wordMatcher(parsed.terms, parsed.prefixes);
  return {
    terms: parsed.terms,
    results: rows.map((row) => {
      return {
        kind: row.kind,
        refId: row.ref_id,
        title: highlightWords(row.title, words),
        snippet: snippetOf(withoutTitle(row.body, row.title), words),
        date: row.date,
        parentId: row.parent_id,
      };
    }),
  };
}
