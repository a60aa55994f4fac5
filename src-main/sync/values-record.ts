import type * as Y from 'yjs';
import type { Db } from '../db/open';
import { valuesRepository, type CheckRow } from '../values/repository';

/**
 * A saved values check in Yjs: what was answered (one value, `check`, as a check is finished once
 * and not edited) and whether it is deleted (`deletedAt`, which Undo changes). A draft stays on the
 * computer it is being written on until it is saved: one aspiration has one draft, and two drafts
 * started on two computers could not both be kept.
 */
export interface ValuesCheckState {
  check: Omit<CheckRow, 'id' | 'status' | 'created_at' | 'updated_at' | 'deleted_at'>;
  deletedAt: string | null;
}

export function readValuesCheck(db: Db, id: string): ValuesCheckState | null {
  const row = valuesRepository(db).check(id);
  if (!row || row.status !== 'saved') return null;
  return {
    check: {
      aspiration_id: row.aspiration_id,
      checked_on: row.checked_on,
      answers_json: row.answers_json,
      excitement: row.excitement,
      fear: row.fear,
      saved_at: row.saved_at,
    },
    deletedAt: row.deleted_at,
  };
}

export function valuesCheckToDoc(
  ydoc: Y.Doc,
  base: ValuesCheckState | null,
  now: ValuesCheckState | null,
): void {
  if (!now) return;
  const fields = ydoc.getMap<unknown>('f');
  if (JSON.stringify(base?.check) !== JSON.stringify(now.check)) fields.set('check', now.check);
  if (base === null || base.deletedAt !== now.deletedAt) fields.set('deletedAt', now.deletedAt);
}

export function valuesCheckFromDoc(ydoc: Y.Doc): ValuesCheckState | null {
  const fields = ydoc.getMap<unknown>('f');
  const check = fields.get('check') as ValuesCheckState['check'] | undefined;
  if (!check) return null;
  return { check, deletedAt: (fields.get('deletedAt') as string | null | undefined) ?? null };
}

export function docToValuesCheck(
  db: Db,
  id: string,
  target: ValuesCheckState | 'purged',
  now: Date,
): void {
  if (target === 'purged') return;
  const repository = valuesRepository(db);
  const current = repository.check(id);
  const stamp = now.toISOString();
  const row: CheckRow = {
    id,
    status: 'saved',
    ...target.check,
    created_at: current?.created_at ?? stamp,
    updated_at: stamp,
    deleted_at: target.deletedAt,
  };
  if (!current) repository.insert(row);
  else if (JSON.stringify(readValuesCheck(db, id)) !== JSON.stringify(target))
    repository.update(row);
}
