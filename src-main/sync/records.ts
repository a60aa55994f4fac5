import type * as Y from 'yjs';
import type { Tag } from '../contract/define';
import type { Db } from '../db/open';
import {
  achievementFromDoc,
  achievementToDoc,
  docToAchievement,
  readAchievement,
  type AchievementState,
} from './achievement-record';
import { entryRepository } from '../journal/repository';
import { planRepository } from '../plan/repository';
import { docToEntry, entryFromDoc, entryToDoc, readEntry } from './entry-record';
import {
  aspirationFromDoc,
  aspirationToDoc,
  docToAspiration,
  docToGoal,
  goalFromDoc,
  goalToDoc,
  readAspiration,
  readGoal,
} from './plan-record';
import {
  docToValuesCheck,
  readValuesCheck,
  valuesCheckFromDoc,
  valuesCheckToDoc,
} from './values-record';

/**
 * A kind of record that syncs: how to read it from the journal, record a change in its Yjs
 * document, read the document back, and write it into the journal through the services. A record's
 * key is `<kind>:<id>`.
 */
export interface RecordKind<State> {
  read(db: Db, id: string): State | null;
  toDoc(ydoc: Y.Doc, base: State | null, now: State | null): void;
  fromDoc(ydoc: Y.Doc): State | 'purged' | null;
  write(db: Db, id: string, target: State | 'purged', now: Date): void;
  allIds(db: Db): string[];
  /**
   * The record's revision, for kinds whose saves say which revision they were typed on (an entry,
   * an aspiration: their editors may hold text from before a merge). Absent: every save is taken
   * as made on the record as it is.
   */
  revision?(db: Db, id: string): number | null;
  /** What the window shows of it: the tags whose answers a change from another computer makes stale. */
  tags: readonly Tag[];
}

const entry: RecordKind<ReturnType<typeof readEntry> & object> = {
  read: readEntry,
  toDoc: entryToDoc,
  fromDoc: entryFromDoc,
  write: docToEntry,
  allIds: (db) => db.prepare<[], string>('SELECT id FROM entries').pluck().all(),
  revision: (db, id) => entryRepository(db).get(id)?.revision ?? null,
  tags: ['journal', 'entry', 'tags', 'links', 'history', 'search', 'today', 'achievements'],
};

const aspiration: RecordKind<NonNullable<ReturnType<typeof readAspiration>>> = {
  read: readAspiration,
  toDoc: aspirationToDoc,
  fromDoc: aspirationFromDoc,
  write: docToAspiration,
  allIds: (db) => db.prepare<[], string>('SELECT id FROM aspirations').pluck().all(),
  revision: (db, id) => planRepository(db).aspiration(id)?.revision ?? null,
  tags: ['plan', 'links', 'search', 'today', 'values', 'achievements'],
};

const goal: RecordKind<NonNullable<ReturnType<typeof readGoal>>> = {
  read: readGoal,
  toDoc: goalToDoc,
  fromDoc: goalFromDoc,
  write: docToGoal,
  allIds: (db) => db.prepare<[], string>('SELECT id FROM goals').pluck().all(),
  tags: ['plan', 'links', 'search', 'today', 'achievements'],
};

const valuesCheck: RecordKind<NonNullable<ReturnType<typeof readValuesCheck>>> = {
  read: readValuesCheck,
  toDoc: valuesCheckToDoc,
  fromDoc: valuesCheckFromDoc,
  write: docToValuesCheck,
  allIds: (db) =>
    db.prepare<[], string>("SELECT id FROM values_checks WHERE status = 'saved'").pluck().all(),
  tags: ['values'],
};

const achievement: RecordKind<AchievementState> = {
  read: readAchievement,
  toDoc: achievementToDoc,
  fromDoc: achievementFromDoc,
  write: docToAchievement,
  allIds: (db) => db.prepare<[], string>('SELECT id FROM achievements').pluck().all(),
  tags: ['achievements'],
};

/** In the order records are written: a goal needs its aspiration, a link its goal. */
export const RECORD_KINDS: Record<string, RecordKind<unknown>> = {
  aspiration: aspiration as RecordKind<unknown>,
  goal: goal as RecordKind<unknown>,
  values: valuesCheck as RecordKind<unknown>,
  entry: entry as RecordKind<unknown>,
  // After entries: one marked in an entry needs its entry.
  achievement: achievement as RecordKind<unknown>,
};

const KIND_ORDER = Object.keys(RECORD_KINDS);

/** Sorts record keys so what others depend on is written first. */
export function byWriteOrder(a: string, b: string): number {
  const rank = (key: string) => KIND_ORDER.indexOf(key.slice(0, key.indexOf(':')));
  return rank(a) - rank(b);
}

export function splitKey(key: string): { kind: RecordKind<unknown>; id: string } | null {
  const colon = key.indexOf(':');
  const kind = RECORD_KINDS[key.slice(0, colon)];
  return kind && colon > 0 ? { kind, id: key.slice(colon + 1) } : null;
}
