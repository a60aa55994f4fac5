import { z } from 'zod';
import { channel } from './define';

/** Everything search can find: journal entries, and the plan's aspirations and goals. */
export const SEARCH_KINDS = ['entry', 'aspiration', 'goal'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Text with the parts that matched the search, as character ranges (never as markup). */
export interface HighlightedText {
  text: string;
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  kind: SearchKind;
  refId: string;
  title: HighlightedText;
  /** A short passage around the best match in the body. */
  snippet: HighlightedText;
  /** The entry's date, an aspiration's horizon or a goal's due date, `YYYY-MM-DD`. */
  date: string | null;
  /** For a goal, its aspiration (the Plan screen's address needs both); otherwise null. */
  parentId: string | null;
}

export interface SearchResponse {
  /** The words that were searched for, after anything that is not a word was set aside. */
  terms: string[];
  results: SearchResult[];
}

export const searchContract = {
  'search:query': channel(
    z.strictObject({
      text: z.string().max(500, 'A search can be at most 500 characters.'),
      kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
      tag: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    { reads: ['search'] },
  ).returns<SearchResponse>(),
};
