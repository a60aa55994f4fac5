import type { Statement } from '../db/sqlite';
import { GOAL } from '../contract/plan';
import type { SearchKind } from '../contract/search';
import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

export interface IndexRow {
  kind: SearchKind;
  ref_id: string;
  title: string;
  body: string;
  tags: string;
}

export interface MatchRow {
  kind: SearchKind;
  ref_id: string;
  date: string | null;
  title: string;
  body: string;
  /** For a goal, its aspiration's id; otherwise null. */
  parent_id: string | null;
}

export interface MatchFilter {
  /** How many kinds the query is limited to (0: all), or leaves out when `kindsLeftOut` is set. */
  kinds: number;
  /**
   * The `kind…` parameters name the kinds left out rather than those kept: the service says so
   * when that is the shorter list of documents (entries outnumber aspirations and goals), since
   * the query gathers the ids of those documents once before ranking.
   */
  kindsLeftOut?: boolean;
  /** Whether the query is limited to entries carrying one tag. */
  tag: boolean;
  /**
   * How many results at most, a whole number from 1 to 100 (the contract checks it). Written into
   * the statement rather than bound: the sort then keeps only that many best rows while ranking.
   */
  limit: number;
  /** How many of the newest matching documents are ranked at most (RANK_AT_MOST; tests set it). */
  rankAtMost?: number;
}

/**
 * Ranking costs a bm25 computation for every matching document: for a word in most of 100,000
 * entries, tens of milliseconds, growing with the journal. So a search ranks the newest
 * RANK_AT_MOST documents that match (FTS5 walks its matches newest first and stops there) and
 * shows the best of those. A query matching fewer documents, which is nearly every query, is
 * ranked in full exactly as before; one matching more is a word so common that bm25 barely tells
 * its documents apart, and the newest writing is what a journal's reader looks for then.
 */
export const RANK_AT_MOST = 5000;

/**
 * A goal's searchable text as the services index it (plan/search-sync.ts, goalSearchText): its
 * SMART answers one per line, without leading or trailing blank lines.
 */
const GOAL_TEXT = `trim(${GOAL.searchKeys
  .map((key) => `g.${GOAL.fields[key].column}`)
  .join(' || char(10) || ')}, char(10))`;

// The index is contentless (migration 0013): it answers rowids, ranked by bm25 with the title
// weighted (RANK_EXPRESSION), and the text of each result is read from the
// entry, aspiration or goal itself, for the rows returned only. Highlights and snippets are made
// from that title and body in snippet.ts: FTS5's snippet() tokenised every returned body again.
const MATCH_COLUMNS = `d.kind AS kind, d.ref_id AS ref_id,
  CASE d.kind WHEN 'entry' THEN e.entry_date WHEN 'aspiration' THEN a.horizon_date
    ELSE g.due_date END AS date,
  CASE d.kind WHEN 'entry' THEN e.title WHEN 'aspiration' THEN a.title ELSE g.title END AS title,
  CASE d.kind WHEN 'entry' THEN e.body_text WHEN 'aspiration' THEN a.statement_text
    ELSE ${GOAL_TEXT} END AS body,
  g.aspiration_id AS parent_id`;

const SOURCES = `JOIN search_documents d ON d.doc_id = hits.doc_id
  LEFT JOIN entries e ON d.kind = 'entry' AND e.id = d.ref_id
  LEFT JOIN aspirations a ON d.kind = 'aspiration' AND a.id = d.ref_id
  LEFT JOIN goals g ON d.kind = 'goal' AND g.id = d.ref_id`;

// The filters are sets of document ids, each gathered once per query; every match is then tested
// against them in memory, never by reading a row of its own. The `+` keeps SQLite from handing the
// set to FTS5 as rowids to look up one by one: each lookup would be a query of its own, bm25's
// count of the documents holding each word included (seconds for a common word).
const TAGGED_ENTRIES = `+search_index.rowid IN (
  SELECT d.doc_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id
    JOIN search_documents d ON d.kind = 'entry' AND d.ref_id = et.entry_id
  WHERE t.name_key = @tag)`;

/** Every statement about the search index, prepared once per database. */
export class SearchRepository {
  private readonly findDoc;
  private readonly insertDoc;
  private readonly deleteDoc;
  private readonly insertRow;
  private readonly deleteRow;
  private readonly matchers = new Map<string, Statement<Record<string, unknown>, MatchRow>>();

  constructor(private readonly db: Db) {
    this.findDoc = db
      .prepare<[string, string], number>(
        'SELECT doc_id FROM search_documents WHERE kind = ? AND ref_id = ?',
      )
      .pluck();
    this.insertDoc = db.prepare<[string, string]>(
      'INSERT INTO search_documents (kind, ref_id) VALUES (?, ?)',
    );
    this.deleteDoc = db.prepare<[number]>('DELETE FROM search_documents WHERE doc_id = ?');
    this.insertRow = db.prepare<Omit<IndexRow, 'kind' | 'ref_id'> & { doc_id: number }>(
      `INSERT INTO search_index (rowid, title, body, tags) VALUES (@doc_id, @title, @body, @tags)`,
    );
    this.deleteRow = db.prepare<[number]>('DELETE FROM search_index WHERE rowid = ?');
  }

  /** Adds the document, or replaces the one already indexed for the same kind and id. */
  upsert(row: IndexRow): void {
    let docId = this.findDoc.get(row.kind, row.ref_id);
    if (docId === undefined) {
      docId = Number(this.insertDoc.run(row.kind, row.ref_id).lastInsertRowid);
    } else {
      this.deleteRow.run(docId);
    }
    this.insertRow.run({ title: row.title, body: row.body, tags: row.tags, doc_id: docId });
  }

  remove(kind: SearchKind, refId: string): void {
    const docId = this.findDoc.get(kind, refId);
    if (docId === undefined) return;
    this.deleteRow.run(docId);
    this.deleteDoc.run(docId);
  }

  /** The ranked matches; `params` holds `match`, `kind0…`, and `tag` as the filter says. */
  match(filter: MatchFilter, params: Record<string, unknown>): MatchRow[] {
    // A document whose entry, aspiration or goal is gone has no text to show: it is left out.
    return this.matcher(filter)
      .all(params)
      .filter((row) => row.title !== null);
  }

  private matcher(filter: MatchFilter): Statement<Record<string, unknown>, MatchRow> {
    const key = `${filter.kinds}:${filter.kindsLeftOut === true}:${filter.tag}:${filter.limit}:${filter.rankAtMost}`;
    let statement = this.matchers.get(key);
    if (!statement) {
      statement = this.db.prepare<Record<string, unknown>, MatchRow>(matchSql(filter));
      this.matchers.set(key, statement);
    }
    return statement;
  }
}

/**
 * The index's ranking, written out: the `rank` migration 0013 configures (bm25, a word in the title
 * counting ten times one in the body, a tag four times). `ORDER BY rank` makes FTS5 sort through a
 * statement of its own that works out bm25 twice for every matching row (once to sort, once for
 * the `rank` it returns): for a common word, tens of thousands of rows. Ordering by this
 * expression gives the same order from one computation per row. A test checks it against the
 * table's own setting.
 */
export const RANK_EXPRESSION = 'bm25(search_index, 10.0, 1.0, 4.0)';

/**
 * The ranked query for one shape of filter; named parameters as `SearchRepository.match` says.
 * The index ranks the rows that pass the filter and keeps the best `limit` of them, as ids and
 * scores only; the text of those rows alone is read afterwards. A filter on kind or tag is applied
 * before ranking, so no row is ranked, and no text read, that the filter would drop.
 */
export function matchSql(filter: MatchFilter): string {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 100) {
    throw new RangeError(`A search returns 1 to 100 results, not ${filter.limit}.`);
  }
  const where = ['search_index MATCH @match'];
  if (filter.kinds > 0) {
    const slots = Array.from({ length: filter.kinds }, (_, i) => `@kind${i}`);
    where.push(`+search_index.rowid ${filter.kindsLeftOut ? 'NOT IN' : 'IN'} (
      SELECT doc_id FROM search_documents WHERE kind IN (${slots.join(', ')}))`);
  }
  if (filter.tag) where.push(TAGGED_ENTRIES);
  const rankAtMost = filter.rankAtMost ?? RANK_AT_MOST;
  if (!Number.isInteger(rankAtMost) || rankAtMost < filter.limit) {
    throw new RangeError(`A search ranks a whole number of matches of at least ${filter.limit}.`);
  }
  const newest = `SELECT search_index.rowid AS doc_id, ${RANK_EXPRESSION} AS score
    FROM search_index WHERE ${where.join(' AND ')}
    ORDER BY search_index.rowid DESC LIMIT ${rankAtMost}`;
  const ranked = `SELECT doc_id, score FROM (${newest}) ORDER BY score LIMIT ${filter.limit}`;
  return `SELECT ${MATCH_COLUMNS} FROM (${ranked}) hits ${SOURCES} ORDER BY hits.score`;
}

/** One repository per open database, so statements are prepared once. */
export const searchRepository = onePerDatabase((db) => new SearchRepository(db));
