/**
 * Deleting, restoring and ordering a plan node, one rule for aspirations, goals and steps: a delete
 * puts a live node in the bin (its `deletedAt` set), a restore takes it out again once its parent
 * is live, and an order renumbers the live siblings under one parent.
 */
import { notFound } from '../contract/errors';
import type { Db } from '../db/open';
import { reorderSiblings } from './ordering';

interface BinnedNode {
  id: string;
  position: number;
  deletedAt: string | null;
  updatedAt: string;
}

export interface NodeStore<Node extends BinnedNode> {
  what: 'aspiration' | 'goal' | 'step';
  /** The node, in the bin or not. */
  find(db: Db, id: string): Node | undefined;
  /** The live node (its parents live too), or a not_found error. */
  live(db: Db, id: string): Node;
  /** Writes the node back, with whatever follows a write (its search text). */
  write(db: Db, node: Node): void;
  /** The node's parent (none for an aspiration), which must be live to restore or order under. */
  parentOf?(node: Node): string;
  requireParent?(db: Db, parentId: string): void;
  /** The live nodes under one parent, in order. */
  siblings(db: Db, parentId: string): Node[];
  setPosition(db: Db, id: string, position: number): void;
}

export function nodeBin<Node extends BinnedNode>(store: NodeStore<Node>) {
  const setDeleted = (db: Db, id: string, deletedAt: string | null, now: Date): Node => {
    const found = store.find(db, id);
    if (!found) throw notFound(store.what);
    const next = { ...found, deletedAt, updatedAt: now.toISOString() };
    store.write(db, next);
    return next;
  };
  return {
    remove: (db: Db, id: string, now: Date = new Date()): Node =>
      db.transaction(() => {
        store.live(db, id);
        return setDeleted(db, id, now.toISOString(), now);
      })(),
    restore: (db: Db, id: string, now: Date = new Date()): Node =>
      db.transaction(() => {
        const node = setDeleted(db, id, null, now);
        if (store.parentOf) store.requireParent?.(db, store.parentOf(node));
        return node;
      })(),
    reorder: (db: Db, parentId: string, orderedIds: string[]): Node[] =>
      db.transaction(() => {
        store.requireParent?.(db, parentId);
        reorderSiblings(store.siblings(db, parentId), orderedIds, `${store.what}s`, (id, at) =>
          store.setPosition(db, id, at),
        );
        return store.siblings(db, parentId);
      })(),
  };
}
