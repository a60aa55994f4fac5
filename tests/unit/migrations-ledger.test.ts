import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../src-main/db/errors';
import { migrate, schemaVersion } from '../../src-main/db/migrate';
import { migrations, type Migration } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import Database, { type Db } from '../../src-main/db/sqlite';
import { copyOfFixture, tempDir } from './helpers';

const one: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x);' };
const two: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE b (x);' };
const three: Migration = { version: 3, name: 'three', sql: 'CREATE TABLE c (x);' };

const tables = (db: Db) =>
  db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('a','b','c') ORDER BY name",
    )
    .pluck()
    .all();
const ledger = (db: Db) =>
  db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();

describe('migrations are recorded by name, so none is skipped', () => {
  it('applies a migration merged late with a lower number than the journal’s version', () => {
    const db = new Database(':memory:');
    migrate(db, { migrations: [one, three] });
    expect(schemaVersion(db)).toBe(3);
    const ran: [number, number][] = [];
    migrate(db, {
      migrations: [one, two, three],
      beforeMigrate: (_db, from, to) => ran.push([from, to]),
    });
    expect(tables(db)).toEqual(['a', 'b', 'c']);
    expect(ran).toEqual([[3, 3]]);
    expect(ledger(db)).toEqual([
      { version: 1, name: 'one' },
      { version: 2, name: 'two' },
      { version: 3, name: 'three' },
    ]);
  });

  it('takes a journal from before the ledger to have every migration up to its version', () => {
    const db = new Database(':memory:');
    db.exec(one.sql + two.sql);
    db.pragma('user_version = 2');
    migrate(db, { migrations: [one, two, three] });
    expect(tables(db)).toEqual(['a', 'b', 'c']);
    expect(ledger(db).map((row) => (row as Migration).version)).toEqual([1, 2, 3]);
  });

  it('refuses, untouched, a journal holding a migration this version does not know', () => {
    const file = join(tempDir(), 'waymark.sqlite');
    const newer = new Database(file);
    migrate(newer, { migrations: [one, two, three] });
    newer.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file, { migrations: [one, three] })).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file, { migrations: [one, three] })).toThrow(/"two"/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('records every built-in migration when a committed first-release journal is upgraded', () => {
    const file = copyOfFixture('journal-v1.sqlite');
    const db = openDatabase(file);
    expect(ledger(db)).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    db.close();
  });
});
