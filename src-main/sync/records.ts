import type * as Y from 'yjs';
import type { Db } from '../db/open';
import { docToEntry, entryFromDoc, entryToDoc, readEntry } from './entry-record';

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
}

const entry: RecordKind<ReturnType<typeof readEntry> & object> = {
  read: readEntry,
  toDoc: entryToDoc,
  fromDoc: entryFromDoc,
  write: docToEntry,
  allIds: (db) => db.prepare<[], string>('SELECT id FROM entries').pluck().all(),
};

export const RECORD_KINDS: Record<string, RecordKind<unknown>> = {
  entry: entry as RecordKind<unknown>,
};

export function splitKey(key: string): { kind: RecordKind<unknown>; id: string } | null {
  const colon = key.indexOf(':');
  const kind = RECORD_KINDS[key.slice(0, colon)];
  return kind && colon > 0 ? { kind, id: key.slice(colon + 1) } : null;
}
