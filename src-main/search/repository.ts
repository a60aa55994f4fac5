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
  /** How many kinds the query is limited to (0: all). */
  kinds: number;
  /** Whether the query is limited to entries carrying one tag. */
  tag: boolean;
  /**
   * How many results at most, a whole number from 1 to 100 (the contract checks it). Written into
   * the statement rather than bound: FTS5 then keeps only that many best rows while ranking.
   */
  limit: number;
}

/**
 * A goal's searchable text as the services index it (plan/search-sync.ts, goalSearchText): its
 * SMART answers one per line, without leading or trailing blank lines.
 */
const GOAL_TEXT = `trim(${GOAL.searchKeys
  .map((key) => `g.${GOAL.fields[key].column}`)
  .join(' || char(10) || ')}, char(10))`;

// The index is contentless (migration 0013): it answers rowids, ranked by its own `rank` (bm25
// with the title weighted, set in the migration), and the text of each result is read from the
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

const TAGGED_ENTRIES = `d.kind = 'entry' AND d.ref_id IN (
  SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name_key = @tag)`;

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
    const key = `${filter.kinds}:${filter.tag}:${filter.limit}`;
    let statement = this.matchers.get(key);
    if (!statement) {
      statement = this.db.prepare<Record<string, unknown>, MatchRow>(matchSql(filter));
      this.matchers.set(key, statement);
    }
    return statement;
  }
}

/**
 * The ranked query for one shape of filter; named parameters as `SearchRepository.match` says.
 * Without a filter the index picks its best `limit` rows itself (FTS5 keeps only that many while
 * ranking); a filter on kind or tag is applied to the ranked rows before the limit.
 */
export function matchSql(filter: MatchFilter): string {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 100) {
    throw new RangeError(`A search returns 1 to 100 results, not ${filter.limit}.`);
  }
  const where: string[] = [];
  if (filter.kinds > 0) {
    const slots = Array.from({ length: filter.kinds }, (_, i) => `@kind${i}`);
    where.push(`d.kind IN (${slots.join(', ')})`);
  }
  if (filter.tag) where.push(TAGGED_ENTRIES);
  const ranked = `SELECT rowid AS doc_id, rank FROM search_index
    WHERE search_index MATCH @match ORDER BY rank`;
  if (where.length === 0) {
    return `SELECT ${MATCH_COLUMNS} FROM (${ranked} LIMIT ${filter.limit}) hits ${SOURCES}
      ORDER BY hits.rank`;
  }
  return `SELECT ${MATCH_COLUMNS} FROM (${ranked}) hits ${SOURCES}
    WHERE ${where.join(' AND ')} ORDER BY hits.rank LIMIT ${filter.limit}`;
}

/** One repository per open database, so statements are prepared once. */
export const searchRepository = onePerDatabase((db) => new SearchRepository(db));
