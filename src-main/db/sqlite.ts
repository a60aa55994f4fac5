/**
 * The SQLite driver, in one place. better-sqlite3-multiple-ciphers is better-sqlite3 with SQLite3
 * Multiple Ciphers built in: the same API, plus `PRAGMA key` / `PRAGMA rekey` for journals locked
 * with a passphrase. Every other module imports the driver from here, so switching it is one line.
 */
import Database from 'better-sqlite3-multiple-ciphers';

export default Database;
export type Db = Database.Database;
export type Statement<
  Bind extends unknown[] | object = unknown[],
  Row = unknown,
> = Database.Statement<Bind, Row>;
