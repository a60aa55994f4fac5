import type { Db } from '../db/open';

export interface StoredRecord {
  state: Buffer;
  base: string;
  /** The entry revision `base` is; null for kinds without revisions. */
  revision: number | null;
}

/** An earlier revision of a record that a window may still hold. */
export interface StoredVersion {
  state: Buffer;
  base: string;
}

/** Earlier revisions kept per record: enough for a window that missed a few merges. */
const VERSIONS_KEPT = 8;

/** Every SQL statement about sync's own tables, prepared once per database. */
export class SyncStateRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      getValue: db.prepare<[string], string>('SELECT value FROM sync_state WHERE key = ?').pluck(),
      setValue: db.prepare<[string, string]>(
        'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      deleteValue: db.prepare<[string]>('DELETE FROM sync_state WHERE key = ?'),
      record: db.prepare<[string], StoredRecord>(
        'SELECT state, base, revision FROM sync_records WHERE key = ?',
      ),
      putRecord: db.prepare<[string, Uint8Array, string, number | null]>(
        `INSERT INTO sync_records (key, state, base, revision) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET state = excluded.state, base = excluded.base,
           revision = excluded.revision`,
      ),
      setRevision: db.prepare<[number | null, string]>(
        'UPDATE sync_records SET revision = ? WHERE key = ?',
      ),
      version: db.prepare<[string, number], StoredVersion>(
        `SELECT state, base FROM sync_versions WHERE key = ? AND revision >= ?
         ORDER BY revision LIMIT 1`,
      ),
      putVersion: db.prepare<[string, number, Uint8Array, string]>(
        'INSERT OR REPLACE INTO sync_versions (key, revision, state, base) VALUES (?, ?, ?, ?)',
      ),
      pruneVersions: db.prepare<[string, string, number]>(
        `DELETE FROM sync_versions WHERE key = ? AND revision NOT IN
           (SELECT revision FROM sync_versions WHERE key = ? ORDER BY revision DESC LIMIT ?)`,
      ),
      typedOn: db
        .prepare<[string], number>('SELECT revision FROM sync_typed_on WHERE key = ?')
        .pluck(),
      noteTypedOn: db.prepare<[string, number]>(
        `INSERT INTO sync_typed_on (key, revision) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET revision = min(revision, excluded.revision)`,
      ),
      forgetTypedOn: db.prepare<[string]>('DELETE FROM sync_typed_on WHERE key = ?'),
      allStates: db.prepare<[], { key: string; state: Buffer }>(
        'SELECT key, state FROM sync_records ORDER BY key',
      ),
      dirty: db.prepare<[number], string>('SELECT key FROM sync_dirty LIMIT ?').pluck(),
      dirtyCount: db.prepare<[], number>('SELECT count(*) FROM sync_dirty').pluck(),
      markDirty: db.prepare<[string]>('INSERT OR IGNORE INTO sync_dirty (key) VALUES (?)'),
      clean: db.prepare<[string]>('DELETE FROM sync_dirty WHERE key = ?'),
      queue: db.prepare<[string, Uint8Array]>(
        'INSERT INTO sync_outbox (key, update_) VALUES (?, ?)',
      ),
      outbox: db.prepare<[], { id: number; key: string; update_: Buffer }>(
        'SELECT id, key, update_ FROM sync_outbox ORDER BY id',
      ),
      outboxCount: db.prepare<[], number>('SELECT count(*) FROM sync_outbox').pluck(),
      dropOutbox: db.prepare<[number]>('DELETE FROM sync_outbox WHERE id <= ?'),
      seen: db.prepare<[string], string>('SELECT file FROM sync_seen WHERE device_id = ?').pluck(),
      markSeen: db.prepare<[string, string]>(
        'INSERT OR IGNORE INTO sync_seen (device_id, file) VALUES (?, ?)',
      ),
      forgetSeen: db.prepare<[string, string]>(
        'DELETE FROM sync_seen WHERE device_id = ? AND file = ?',
      ),
    };
  }

  get(key: string): string | undefined {
    return this.s.getValue.get(key);
  }
  set(key: string, value: string): void {
    this.s.setValue.run(key, value);
  }
  unset(key: string): void {
    this.s.deleteValue.run(key);
  }
  record(key: string): StoredRecord | undefined {
    return this.s.record.get(key);
  }
  putRecord(key: string, state: Uint8Array, base: unknown, revision: number | null): void {
    this.s.putRecord.run(key, state, JSON.stringify(base), revision);
  }
  setRevision(key: string, revision: number | null): void {
    this.s.setRevision.run(revision, key);
  }
  /**
   * The text a save typed on `revision` started from: that revision's version, or the first kept
   * after it. A merge keeps the revision it writes over, so a revision with no version of its own
   * was followed only by changes made here (a date changed on its own) before the next one kept.
   */
  version(key: string, revision: number): StoredVersion | undefined {
    return this.s.version.get(key, revision);
  }
  /** Keeps `revision` of a record (its document and record as JSON) for a window still on it. */
  putVersion(key: string, revision: number, state: Uint8Array, base: string): void {
    this.s.putVersion.run(key, revision, state, base);
    this.s.pruneVersions.run(key, key, VERSIONS_KEPT);
  }
  /** The oldest revision a save since the last comparison was typed on, when older than it replaced. */
  typedOn(key: string): number | undefined {
    return this.s.typedOn.get(key);
  }
  /**
   * A save of a record with revisions (an entry, an aspiration's statement) replaced `replaced` and
   * was typed on `typedOn`. When the window was behind (a merge came in under its editor), sync
   * takes the save as typed on that older revision, so it removes nothing the window never showed.
   */
  noteSave(key: string, typedOn: number | undefined, replaced: number): void {
    if (typedOn !== undefined && typedOn < replaced) this.s.noteTypedOn.run(key, typedOn);
  }
  allStates(): { key: string; state: Buffer }[] {
    return this.s.allStates.all();
  }
  /** Records written here since they were last compared (at most `limit`, -1: all). */
  dirty(limit = -1): string[] {
    return this.s.dirty.all(Number.isFinite(limit) ? limit : -1);
  }
  dirtyCount(): number {
    return this.s.dirtyCount.get() ?? 0;
  }
  markDirty(key: string): void {
    this.s.markDirty.run(key);
  }
  /** The record has been compared with its document. */
  clean(key: string): void {
    this.s.clean.run(key);
    this.s.forgetTypedOn.run(key);
  }
  queue(key: string, update: Uint8Array): void {
    this.s.queue.run(key, update);
  }
  outbox(): { id: number; key: string; update_: Buffer }[] {
    return this.s.outbox.all();
  }
  outboxCount(): number {
    return this.s.outboxCount.get() ?? 0;
  }
  dropOutbox(uptoId: number): void {
    this.s.dropOutbox.run(uptoId);
  }
  seen(deviceId: string): Set<string> {
    return new Set(this.s.seen.all(deviceId));
  }
  markSeen(deviceId: string, file: string): void {
    this.s.markSeen.run(deviceId, file);
  }
  forgetSeen(deviceId: string, file: string): void {
    this.s.forgetSeen.run(deviceId, file);
  }
}

const repositories = new WeakMap<Db, SyncStateRepository>();

export function syncState(db: Db): SyncStateRepository {
  let repository = repositories.get(db);
  if (!repository) {
    repository = new SyncStateRepository(db);
    repositories.set(db, repository);
  }
  return repository;
}
