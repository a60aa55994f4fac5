import type { Db } from '../db/open';

export interface StoredRecord {
  state: Buffer;
  base: string;
  view_state: Buffer | null;
  view_base: string | null;
}

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
        'SELECT state, base, view_state, view_base FROM sync_records WHERE key = ?',
      ),
      putRecord: db.prepare<[string, Uint8Array, string, Uint8Array | null, string | null]>(
        `INSERT INTO sync_records (key, state, base, view_state, view_base) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET state = excluded.state, base = excluded.base,
           view_state = excluded.view_state, view_base = excluded.view_base`,
      ),
      allStates: db.prepare<[], { key: string; state: Buffer }>(
        'SELECT key, state FROM sync_records ORDER BY key',
      ),
      dirty: db.prepare<[], string>('SELECT key FROM sync_dirty').pluck(),
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
  /** `view` null: the window has seen the record as it is (the view is the state itself). */
  putRecord(
    key: string,
    state: Uint8Array,
    base: unknown,
    view: { state: Uint8Array; base: string } | null = null,
  ): void {
    this.s.putRecord.run(key, state, JSON.stringify(base), view?.state ?? null, view?.base ?? null);
  }
  allStates(): { key: string; state: Buffer }[] {
    return this.s.allStates.all();
  }
  dirty(): string[] {
    return this.s.dirty.all();
  }
  markDirty(key: string): void {
    this.s.markDirty.run(key);
  }
  clean(key: string): void {
    this.s.clean.run(key);
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
