import type { RemoteChanges } from '../contract/sync';
import type { Tag } from '../contract/define';
import type { Db } from '../db/open';
import { syncState } from './state';

const KEY = 'remote_changes';
const NONE: RemoteChanges = { seq: 0, at: null, tags: {} };

/**
 * What changes from other computers did here, for the window: a number that goes up with every
 * round that changed the journal, when that was, and for each tag the number of the last round
 * that changed it. A window that last saw round `n` reads again what is under every tag above `n`,
 * however many rounds it missed.
 */
export function remoteChanges(db: Db): RemoteChanges {
  const stored = syncState(db).get(KEY);
  if (!stored) return NONE;
  try {
    return JSON.parse(stored) as RemoteChanges;
  } catch {
    return NONE;
  }
}

/** Counts one round that changed what is under `tags`; a round that changed nothing is not one. */
export function noteRemoteChanges(db: Db, tags: Iterable<Tag>, now: Date): void {
  const touched = [...new Set(tags)];
  if (touched.length === 0) return;
  const previous = remoteChanges(db);
  const seq = previous.seq + 1;
  const next: RemoteChanges = {
    seq,
    at: now.toISOString(),
    tags: { ...previous.tags, ...Object.fromEntries(touched.map((tag) => [tag, seq])) },
  };
  syncState(db).set(KEY, JSON.stringify(next));
}
