import type { AttachmentKind } from '../contract/attachments';
import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

export interface AttachmentRow {
  sha256: string;
  name: string;
  mime: string;
  kind: AttachmentKind;
  size: number;
  added_at: string;
}

export interface AttachmentUseRow {
  sha256: string;
  entry_id: string;
  title: string;
  entry_date: string;
  deleted_at: string | null;
}

const COLUMNS = 'sha256, name, mime, kind, size, added_at';

/** Every SQL statement about attachments, prepared once per database. */
export class AttachmentRepository {
  private readonly byHash;
  private readonly bytesOf;
  private readonly insertRow;
  private readonly touchRow;
  private readonly totals;
  private readonly largestRows;
  private readonly usesOf;
  private readonly deleteUnused;

  constructor(db: Db) {
    this.byHash = db.prepare<[string], AttachmentRow>(
      `SELECT ${COLUMNS} FROM attachments WHERE sha256 = ?`,
    );
    this.bytesOf = db
      .prepare<[string], Buffer>('SELECT data FROM attachments WHERE sha256 = ?')
      .pluck();
    this.insertRow = db.prepare<AttachmentRow & { data: Buffer }>(
      `INSERT INTO attachments (sha256, name, mime, kind, size, added_at, data)
       VALUES (@sha256, @name, @mime, @kind, @size, @added_at, @data)`,
    );
    this.touchRow = db.prepare<[string, string]>(
      'UPDATE attachments SET added_at = ? WHERE sha256 = ?',
    );
    this.totals = db.prepare<[], { bytes: number; count: number }>(
      'SELECT coalesce(sum(size), 0) AS bytes, count(*) AS count FROM attachments',
    );
    this.largestRows = db.prepare<[number], AttachmentRow>(
      `SELECT ${COLUMNS} FROM attachments ORDER BY size DESC, sha256 LIMIT ?`,
    );
    this.usesOf = db.prepare<[string], AttachmentUseRow>(
      `SELECT ea.sha256, e.id AS entry_id, e.title, e.entry_date, e.deleted_at
       FROM entry_attachments ea JOIN entries e ON e.id = ea.entry_id
       WHERE ea.sha256 = ? ORDER BY e.entry_date DESC, e.created_at DESC`,
    );
    // Nothing refers to them: no live or trashed entry, no kept version. Added before `cutoff`, so
    // bytes just added for an entry that is about to be saved are left alone.
    this.deleteUnused = db.prepare<[string]>(
      `DELETE FROM attachments WHERE added_at < ?
         AND NOT EXISTS (SELECT 1 FROM entry_attachments ea WHERE ea.sha256 = attachments.sha256)
         AND NOT EXISTS (SELECT 1 FROM snapshot_attachments sa WHERE sa.sha256 = attachments.sha256)`,
    );
  }

  get(sha256: string): AttachmentRow | undefined {
    return this.byHash.get(sha256);
  }

  bytes(sha256: string): Buffer | undefined {
    return this.bytesOf.get(sha256);
  }

  insert(row: AttachmentRow & { data: Buffer }): void {
    this.insertRow.run(row);
  }

  touch(sha256: string, addedAt: string): void {
    this.touchRow.run(addedAt, sha256);
  }

  usage(): { bytes: number; count: number } {
    return this.totals.get() as { bytes: number; count: number };
  }

  largest(limit: number): AttachmentRow[] {
    return this.largestRows.all(limit);
  }

  uses(sha256: string): AttachmentUseRow[] {
    return this.usesOf.all(sha256);
  }

  /** Deletes what nothing refers to, added before `cutoff` (an ISO instant); returns how many. */
  deleteUnreferenced(cutoff: string): number {
    return this.deleteUnused.run(cutoff).changes;
  }
}

/** One repository per open database, so statements are prepared once. */
export const attachmentRepository = onePerDatabase((db) => new AttachmentRepository(db));
