import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

export interface TagRow {
  id: string;
  name: string;
  name_key: string;
  created_at: string;
}

export interface TagUsageRow {
  name: string;
  entry_count: number;
}

/** Every SQL statement about tags, prepared once per database. */
export class TagRepository {
  private readonly byKey;
  private readonly insertTag;
  private readonly namesOfEntry;
  private readonly link;
  private readonly unlink;
  private readonly usage;
  private readonly deleteUnused;

  constructor(db: Db) {
    this.byKey = db.prepare<[string], TagRow>('SELECT * FROM tags WHERE name_key = ?');
    this.insertTag = db.prepare<TagRow>(
      'INSERT INTO tags (id, name, name_key, created_at) VALUES (@id, @name, @name_key, @created_at)',
    );
    this.namesOfEntry = db
      .prepare<[string], string>(
        `SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
         WHERE et.entry_id = ? ORDER BY t.name_key`,
      )
      .pluck();
    this.link = db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO entry_tags (entry_id, tag_id, created_at) VALUES (?, ?, ?)',
    );
    this.unlink = db.prepare<[string, string]>(
      'DELETE FROM entry_tags WHERE entry_id = ? AND tag_id = ?',
    );
    // Only tags on entries outside the trash: those are the ones worth suggesting and filtering by.
    this.usage = db.prepare<[], TagUsageRow>(
      `SELECT t.name, count(*) AS entry_count
       FROM tags t
       JOIN entry_tags et ON et.tag_id = t.id
       JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL
       GROUP BY t.id ORDER BY t.name_key`,
    );
    this.deleteUnused = db.prepare(
      'DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags et WHERE et.tag_id = tags.id)',
    );
  }

  byName(key: string): TagRow | undefined {
    return this.byKey.get(key);
  }

  insert(row: TagRow): void {
    this.insertTag.run(row);
  }

  namesFor(entryId: string): string[] {
    return this.namesOfEntry.all(entryId);
  }

  addToEntry(entryId: string, tagId: string, createdAt: string): void {
    this.link.run(entryId, tagId, createdAt);
  }

  removeFromEntry(entryId: string, tagId: string): void {
    this.unlink.run(entryId, tagId);
  }

  listUsed(): TagUsageRow[] {
    return this.usage.all();
  }

  /** Forgets tags no entry carries any more, so they stop being suggested. */
  deleteUnusedTags(): void {
    this.deleteUnused.run();
  }
}

/** One repository per open database, so statements are prepared once. */
export const tagRepository = onePerDatabase((db) => new TagRepository(db));
