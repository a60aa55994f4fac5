import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

export interface EntryRow {
  id: string;
  entry_date: string;
  title: string;
  body_json: string;
  body_text: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

export type EntrySummaryRow = Pick<
  EntryRow,
  'id' | 'entry_date' | 'title' | 'word_count' | 'updated_at' | 'deleted_at'
>;

const SUMMARY_COLUMNS = 'id, entry_date, title, word_count, updated_at, deleted_at';

/** Every SQL statement about entries, prepared once per database. */
export class EntryRepository {
  private readonly byId;
  private readonly listLive;
  private readonly listTrashed;
  private readonly insertRow;
  private readonly updateRow;
  private readonly setDeleted;
  private readonly listByTag;
  private readonly trashedBeforeIds;
  private readonly deleteRow;

  constructor(db: Db) {
    this.byId = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE id = ?');
    this.listLive = db.prepare<[number], EntrySummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NULL
       ORDER BY entry_date DESC, created_at DESC LIMIT ?`,
    );
    this.listTrashed = db.prepare<[number], EntrySummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NOT NULL
       ORDER BY deleted_at DESC LIMIT ?`,
    );
    this.insertRow = db.prepare<EntryRow>(
      `INSERT INTO entries (id, entry_date, title, body_json, body_text, word_count, created_at, updated_at, deleted_at, revision)
       VALUES (@id, @entry_date, @title, @body_json, @body_text, @word_count, @created_at, @updated_at, @deleted_at, @revision)`,
    );
    this.updateRow = db.prepare<
      Pick<
        EntryRow,
        'id' | 'entry_date' | 'title' | 'body_json' | 'body_text' | 'word_count' | 'updated_at'
      >
    >(
      `UPDATE entries SET entry_date = @entry_date, title = @title, body_json = @body_json,
         body_text = @body_text, word_count = @word_count, updated_at = @updated_at, revision = revision + 1
       WHERE id = @id`,
    );
    this.setDeleted = db.prepare<[string | null, string, string]>(
      'UPDATE entries SET deleted_at = ?, updated_at = ? WHERE id = ?',
    );
    this.listByTag = db.prepare<[string, number], EntrySummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NULL AND id IN (
         SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name_key = ?)
       ORDER BY entry_date DESC, created_at DESC LIMIT ?`,
    );
    this.trashedBeforeIds = db
      .prepare<[string], string>(
        'SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at <= ? ORDER BY deleted_at',
      )
      .pluck();
    // Snapshots and tag links go with the entry (ON DELETE CASCADE).
    this.deleteRow = db.prepare<[string]>('DELETE FROM entries WHERE id = ?');
  }

  get(id: string): EntryRow | undefined {
    return this.byId.get(id);
  }

  list(options: { trashed: boolean; limit: number }): EntrySummaryRow[] {
    return (options.trashed ? this.listTrashed : this.listLive).all(options.limit);
  }

  /** Live entries carrying the tag whose key (lower-case name) is `tagKey`. */
  listTagged(tagKey: string, limit: number): EntrySummaryRow[] {
    return this.listByTag.all(tagKey, limit);
  }

  /** Ids of entries moved to the trash at or before `cutoff` (an ISO instant). */
  trashedBefore(cutoff: string): string[] {
    return this.trashedBeforeIds.all(cutoff);
  }

  deleteForever(id: string): void {
    this.deleteRow.run(id);
  }

  insert(row: EntryRow): void {
    this.insertRow.run(row);
  }

  update(
    row: Pick<
      EntryRow,
      'id' | 'entry_date' | 'title' | 'body_json' | 'body_text' | 'word_count' | 'updated_at'
    >,
  ): void {
    this.updateRow.run(row);
  }

  markDeleted(id: string, deletedAt: string | null, updatedAt: string): void {
    this.setDeleted.run(deletedAt, updatedAt, id);
  }
}

/** One repository per open database, so statements are prepared once. */
export const entryRepository = onePerDatabase((db) => new EntryRepository(db));
