import type * as Y from 'yjs';
import type { Achievement } from '../contract/records/achievement';
import type { Db } from '../db/open';
import { achievementRepository } from '../achievements/repository';
import { syncState } from './state';

/**
 * An achievement in Yjs: each field is one value of map `f`, so a résumé line reworded on one
 * computer and a result corrected on the other are both kept, and one field changed on both settles
 * on one value. An achievement a goal made by being done has the goal's id on every computer, so
 * the goal done here and there is one achievement, never two.
 */
export type AchievementState = Omit<Achievement, 'id' | 'createdAt' | 'updatedAt'>;

export function readAchievement(db: Db, id: string): AchievementState | null {
  const row = achievementRepository(db).get(id);
  if (!row) return null;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...state } = row;
  return state;
}

export function achievementToDoc(
  ydoc: Y.Doc,
  base: AchievementState | null,
  now: AchievementState | null,
): void {
  // Gone only with its entry, purged for good: the entry's own record carries that.
  if (!now) return;
  const fields = ydoc.getMap<unknown>('f');
  for (const [key, value] of Object.entries(now)) {
    if (!base || JSON.stringify(base[key as keyof AchievementState]) !== JSON.stringify(value)) {
      fields.set(key, value);
    }
  }
}

export function achievementFromDoc(ydoc: Y.Doc): AchievementState | null {
  const fields = ydoc.getMap<unknown>('f');
  if (!fields.has('source') || !fields.has('result')) return null;
  return Object.fromEntries(fields.entries()) as unknown as AchievementState;
}

export function docToAchievement(
  db: Db,
  id: string,
  target: AchievementState | 'purged',
  now: Date,
): void {
  if (target === 'purged') return;
  const repository = achievementRepository(db);
  const current = repository.get(id);
  const stamp = now.toISOString();
  if (!current) {
    if (target.entryId && !db.prepare('SELECT 1 FROM entries WHERE id = ?').get(target.entryId)) {
      // Its entry was purged for good here: the passage must not outlive it.
      if (syncState(db).record(`entry:${target.entryId}`)) return;
      throw new Error('its entry has not arrived yet');
    }
    repository.insert({ id, ...target, createdAt: stamp, updatedAt: stamp });
  } else if (JSON.stringify(readAchievement(db, id)) !== JSON.stringify(target)) {
    repository.update({ ...current, ...target, updatedAt: stamp });
  }
}
