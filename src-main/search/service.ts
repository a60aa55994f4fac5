import {
  SEARCH_KINDS,
  type HighlightedText,
  type SearchKind,
  type SearchResponse,
} from '../contract/search';
import type { Db } from '../db/open';
import { tagKey } from '../tags/normalize';
import { parseMarked } from './marked-text';
import { matchQueryOf, parseQuery } from './query';
import { searchRepository } from './repository';

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
 * title twice, so that line is left out of it.
 */
function withoutTitle(snippet: HighlightedText, title: string): HighlightedText {
  const lead = `${title} · `;
  if (title === '' || !snippet.text.startsWith(lead)) return snippet;
  return {
    text: snippet.text.slice(lead.length),
    highlights: snippet.highlights
      .filter((range) => range.start >= lead.length)
      .map((range) => ({ start: range.start - lead.length, end: range.end - lead.length })),
  };
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
  const params: Record<string, unknown> = { match };
  filterKinds.forEach((kind, index) => (params[`kind${index}`] = kind));
  if (tag !== '') params.tag = tag;
  const rows = searchRepository(db).match(
    { kinds: filterKinds.length, tag: tag !== '', limit: options.limit ?? DEFAULT_RESULT_LIMIT },
    params,
  );
  return {
    terms: parsed.terms,
    results: rows.map((row) => {
      const title = parseMarked(row.title);
      return {
        kind: row.kind,
        refId: row.ref_id,
        title,
        snippet: withoutTitle(parseMarked(row.snippet), title.text),
        date: row.date,
        parentId: row.parent_id,
      };
    }),
  };
}
