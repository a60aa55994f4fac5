import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';
import { insertSql } from '../db/sql';

export interface SnapshotRow {
  id: string;
  entry_id: string;
  created_at: string;
  reason: 'edit' | 'before-restore';
  title: string;
  body_json: string;
  body_text: string;
  word_count: number;
}

const SNAPSHOT_COLUMNS = [
  'id',
  'entry_id',
  'created_at',
  'reason',
  'title',
  'body_json',
  'body_text',
  'word_count',
] as const satisfies readonly (keyof SnapshotRow)[];

export type SnapshotSummaryRow = Omit<SnapshotRow, 'body_json' | 'body_text'> & {
  preview: string;
};

/** How much of a version's text the History list shows. */
export const PREVIEW_LENGTH = 280;

/** Every SQL statement about entry snapshots, prepared once per database. */
export class SnapshotRepository {
  private readonly insertRow;
  private readonly byId;
  private readonly newest;
  private readonly listForEntry;
  private readonly pruneOld;

  constructor(db: Db) {
    this.insertRow = db.prepare<SnapshotRow>(insertSql('entry_snapshots', SNAPSHOT_COLUMNS));
    this.byId = db.prepare<[string], SnapshotRow>('SELECT * FROM entry_snapshots WHERE id = ?');
    this.newest = db.prepare<[string], SnapshotRow>(
      `SELECT * FROM entry_snapshots WHERE entry_id = ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    );
    this.listForEntry = db.prepare<[number, string], SnapshotSummaryRow>(
      `SELECT id, entry_id, created_at, reason, title, word_count, substr(body_text, 1, ?) AS preview
       FROM entry_snapshots WHERE entry_id = ? ORDER BY created_at DESC, rowid DESC`,
    );
    this.pruneOld = db.prepare<[string, string, number]>(
      `DELETE FROM entry_snapshots WHERE entry_id = ? AND id NOT IN (
         SELECT id FROM entry_snapshots WHERE entry_id = ?
         ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    );
  }

  insert(row: SnapshotRow): void {
    this.insertRow.run(row);
  }

  get(id: string): SnapshotRow | undefined {
    return this.byId.get(id);
  }

  latest(entryId: string): SnapshotRow | undefined {
    return this.newest.get(entryId);
  }

  list(entryId: string): SnapshotSummaryRow[] {
    return this.listForEntry.all(PREVIEW_LENGTH + 1, entryId);
  }

  /** Keeps the newest `keep` snapshots of an entry and deletes the rest. */
  prune(entryId: string, keep: number): void {
    this.pruneOld.run(entryId, entryId, keep);
  }
}

/** One repository per open database, so statements are prepared once. */
export const snapshotRepository = onePerDatabase((db) => new SnapshotRepository(db));
