import Database from '../../src-main/db/sqlite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../src-main/db/errors';
import { migrate, schemaVersion } from '../../src-main/db/migrate';
import { LATEST_VERSION, migrations } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import { tempDir } from './helpers';

describe('opening the journal', () => {
  it('creates a new database with every migration applied and the safety pragmas set', () => {
    const file = join(tempDir(), 'nested', 'waymark.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['entries', 'settings']));
    db.close();
  });

  it('opens an existing database again without re-running migrations', () => {
    const file = join(tempDir(), 'waymark.sqlite');
    openDatabase(file).close();
    let ran = 0;
    const db = openDatabase(file, { beforeMigrate: () => ran++ });
    expect(ran).toBe(0);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer Waymark and leaves the file untouched', () => {
    const file = join(tempDir(), 'waymark.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE future_feature (x)');
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Waymark/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('applies pending migrations in one transaction: a failing one leaves the version and schema as they were', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (x); THIS IS NOT SQL;' },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')").pluck().get(),
    ).toBe(0);
  });

  it('calls beforeMigrate once with the versions, so a backup can be taken first', () => {
    const db = new Database(':memory:');
    const calls: [number, number][] = [];
    migrate(db, { beforeMigrate: (_db, from, to) => calls.push([from, to]) });
    expect(calls).toEqual([[0, LATEST_VERSION]]);
  });

  it('numbers migrations uniquely and in order, starting at 1', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });
});
