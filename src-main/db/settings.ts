import type { Db } from './open';
import { onePerDatabase } from './per-database';

/**
 * The `settings` table: small values under a key, as text or as JSON. Statements are prepared once
 * per database.
 */
/** A key-value table's two statements (`settings`, or sync's `sync_state`): read a key, write it. */
export function keyValueStatements(db: Db, table: 'settings' | 'sync_state') {
  return {
    get: db.prepare<[string], string>(`SELECT value FROM ${table} WHERE key = ?`).pluck(),
    put: db.prepare<[string, string]>(
      `INSERT INTO ${table} (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  };
}

export class SettingsRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = keyValueStatements(db, 'settings');
  }

  /** The stored text, or undefined when the key is absent. */
  text(key: string): string | undefined {
    return this.s.get.get(key) as string | undefined;
  }

  putText(key: string, value: string): void {
    this.s.put.run(key, value);
  }

  /** The stored JSON, or undefined when the key is absent or its value is not JSON. */
  read(key: string): unknown {
    const value = this.text(key);
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    this.putText(key, JSON.stringify(value));
  }
}

/** One repository per open database, so statements are prepared once. */
export const settingsRepository = onePerDatabase((db) => new SettingsRepository(db));
