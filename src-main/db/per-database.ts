import type { Db } from './open';

/**
 * One instance per open database, made on first use: a repository's statements are prepared once,
 * and a journal opened afresh (a restore, an unlock) gets its own.
 */
export function onePerDatabase<T extends object>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let instance = made.get(db);
    if (!instance) {
      instance = make(db);
      made.set(db, instance);
    }
    return instance;
  };
}
