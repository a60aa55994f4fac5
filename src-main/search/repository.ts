import type { Statement } from '../db/sqlite';
import type { SearchKind } from '../contract/search';
import type { Db } from '../db/open';

export interface IndexRow {
  kind: SearchKind;
  ref_id: string;
  date: string | null;
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

// Ranking comes from the table's own `rank` (bm25 with the title weighted, set in the migration),
// which FTS5 sorts itself; the goal's aspiration is then looked up for the rows returned only
// (one statement per result from JavaScript cost more than the search itself). Highlights and
// snippets are made from the title and body in snippet.ts: FTS5's snippet() tokenised every
// returned body again, and cost as much as the search.
const MATCH_COLUMNS = `kind, ref_id, date, title, body,
  CASE WHEN kind = 'goal'
    THEN (SELECT g.aspiration_id FROM goals g WHERE g.id = search_index.ref_id)
  END AS parent_id`;

const TAGGED_ENTRIES = `kind = 'entry' AND ref_id IN (
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
    this.insertRow = db.prepare<IndexRow & { doc_id: number }>(
      `INSERT INTO search_index (rowid, kind, ref_id, date, title, body, tags)
       VALUES (@doc_id, @kind, @ref_id, @date, @title, @body, @tags)`,
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
    this.insertRow.run({ ...row, doc_id: docId });
  }

  remove(kind: SearchKind, refId: string): void {
    const docId = this.findDoc.get(kind, refId);
    if (docId === undefined) return;
    this.deleteRow.run(docId);
    this.deleteDoc.run(docId);
  }

  /** The ranked matches; `params` holds `match`, `kind0…`, and `tag` as the filter says. */
  match(filter: MatchFilter, params: Record<string, unknown>): MatchRow[] {
    return this.matcher(filter).all(params);
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

/** The ranked query for one shape of filter; named parameters as `SearchRepository.match` says. */
export function matchSql(filter: MatchFilter): string {
  const where = ['search_index MATCH @match'];
  if (filter.kinds > 0) {
    const slots = Array.from({ length: filter.kinds }, (_, i) => `@kind${i}`);
    where.push(`kind IN (${slots.join(', ')})`);
  }
  if (filter.tag) where.push(TAGGED_ENTRIES);
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 100) {
    throw new RangeError(`A search returns 1 to 100 results, not ${filter.limit}.`);
  }
  return `SELECT ${MATCH_COLUMNS} FROM search_index WHERE ${where.join(' AND ')}
    ORDER BY rank LIMIT ${filter.limit}`;
}

const repositories = new WeakMap<Db, SearchRepository>();

export function searchRepository(db: Db): SearchRepository {
  let repository = repositories.get(db);
  if (!repository) {
    repository = new SearchRepository(db);
    repositories.set(db, repository);
  }
  return repository;
}
