import type { Db } from '../db/open';
import { onePerDatabase } from '../db/per-database';

/** The `settings` table: small JSON values under a key. Statements are prepared once per database. */
export class SettingsRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      put: db.prepare<[string, string]>(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  /** The stored JSON, or undefined when the key is absent or its value is not JSON. */
  read(key: string): unknown {
    const row = this.s.get.get(key);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as unknown;
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    this.s.put.run(key, JSON.stringify(value));
  }
}

/** One repository per open database, so statements are prepared once. */
export const settingsRepository = onePerDatabase((db) => new SettingsRepository(db));
