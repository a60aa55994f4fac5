import type { LinkTargetKind } from '../contract/links';
import type { Db } from '../db/open';
import type { EntrySummaryRow } from '../journal/repository';
import { onePerDatabase } from '../db/per-database';

export interface LinkRow {
  entry_id: string;
  target_kind: LinkTargetKind;
  target_id: string;
  created_at: string;
}

/** Every statement about entry links, prepared once per database. */
export class LinkRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      ofEntry: db.prepare<[string], LinkRow>(
        'SELECT * FROM entry_links WHERE entry_id = ? ORDER BY created_at, target_kind, target_id',
      ),
      insert: db.prepare<LinkRow>(
        `INSERT INTO entry_links (entry_id, target_kind, target_id, created_at)
         VALUES (@entry_id, @target_kind, @target_id, @created_at)
         ON CONFLICT (entry_id, target_kind, target_id) DO NOTHING`,
      ),
      remove: db.prepare<[string, string, string]>(
        'DELETE FROM entry_links WHERE entry_id = ? AND target_kind = ? AND target_id = ?',
      ),
      entriesOf: db.prepare<[string, string], EntrySummaryRow>(
        `SELECT e.id, e.entry_date, e.title, e.word_count, e.updated_at, e.deleted_at
         FROM entry_links l JOIN entries e ON e.id = l.entry_id
         WHERE l.target_kind = ? AND l.target_id = ? AND e.deleted_at IS NULL
         ORDER BY e.entry_date DESC, e.created_at DESC, e.id`,
      ),
      bodiesOf: db
        .prepare<[string, string, number], string>(
          `SELECT e.body_json FROM entry_links l JOIN entries e ON e.id = l.entry_id
           WHERE l.target_kind = ? AND l.target_id = ?
           ORDER BY e.created_at DESC LIMIT ?`,
        )
        .pluck(),
    };
  }

  ofEntry(entryId: string): LinkRow[] {
    return this.s.ofEntry.all(entryId);
  }

  insert(row: LinkRow): void {
    this.s.insert.run(row);
  }

  /** Whether there was such a link to remove. */
  remove(entryId: string, kind: LinkTargetKind, targetId: string): boolean {
    return this.s.remove.run(entryId, kind, targetId).changes > 0;
  }

  entriesOf(kind: LinkTargetKind, targetId: string): EntrySummaryRow[] {
    return this.s.entriesOf.all(kind, targetId);
  }

  /** The stored bodies of the most recent entries linked to a target. */
  recentBodies(kind: LinkTargetKind, targetId: string, limit: number): string[] {
    return this.s.bodiesOf.all(kind, targetId, limit);
  }
}

/** One repository per open database, so statements are prepared once. */
export const linkRepository = onePerDatabase((db) => new LinkRepository(db));
