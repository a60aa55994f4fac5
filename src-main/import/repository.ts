import type { Db } from '../db/open';
import { insertSql } from '../db/sql';
import type { ImportKind } from './types';

export interface ImportSourceRow {
  id: string;
  entry_id: string;
  run_id: string;
  source_kind: ImportKind;
  origin: string;
  source_key: string;
  content_key: string | null;
  imported_at: string;
}

const SOURCE_COLUMNS = [
  'id',
  'entry_id',
  'run_id',
  'source_kind',
  'origin',
  'source_key',
  'content_key',
  'imported_at',
] as const satisfies readonly (keyof ImportSourceRow)[];

/** Every SQL statement about where imported entries came from, prepared once per database. */
export class ImportRepository {
  private readonly insertRow;
  private readonly byKey;
  private readonly byContent;
  private readonly byEntry;

  constructor(db: Db) {
    this.insertRow = db.prepare<ImportSourceRow>(insertSql('import_sources', SOURCE_COLUMNS));
    this.byKey = db
      .prepare<[string], number>('SELECT 1 FROM import_sources WHERE source_key = ?')
      .pluck();
    this.byContent = db
      .prepare<[string], number>('SELECT 1 FROM import_sources WHERE content_key = ?')
      .pluck();
    this.byEntry = db.prepare<[string], ImportSourceRow>(
      'SELECT * FROM import_sources WHERE entry_id = ?',
    );
  }

  insert(row: ImportSourceRow): void {
    this.insertRow.run(row);
  }

  /** Whether an item with this identity (or, for Markdown, this date and text) is already in. */
  known(sourceKey: string, contentKey: string | null): boolean {
    if (this.byKey.get(sourceKey) !== undefined) return true;
    return contentKey !== null && this.byContent.get(contentKey) !== undefined;
  }

  ofEntry(entryId: string): ImportSourceRow | undefined {
    return this.byEntry.get(entryId);
  }
}

const repositories = new WeakMap<Db, ImportRepository>();

export function importRepository(db: Db): ImportRepository {
  let repository = repositories.get(db);
  if (!repository) {
    repository = new ImportRepository(db);
    repositories.set(db, repository);
  }
  return repository;
}
