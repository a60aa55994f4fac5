/** Achievements: marked from a journal passage (or made by a goal marked done), listed, edited. */
import { randomUUID } from 'node:crypto';
import type { AchievementFilter, AchievementView } from '../contract/achievements';
import { ApiError, notFound } from '../contract/errors';
import {
  ACHIEVEMENT,
  type Achievement,
  type CreateAchievementInput,
  type UpdateAchievementInput,
} from '../contract/records/achievement';
import { stampsAt } from '../contract/records/define';
import type { GoalStatus } from '../contract/records/goal';
import type { Db } from '../db/open';
import { requireEntry } from '../journal/service';
import { requireAspiration } from '../plan/aspirations';
import { requireGoal } from '../plan/goals';
import { tagKey } from '../tags/normalize';
import { achievementRepository, achievementRows, type AchievementJoinRow } from './repository';

function viewOf(db: Db, row: AchievementJoinRow): AchievementView {
  const achievement = achievementRows.toRecord(row);
  const goalLive =
    row.goal_title !== null && row.goal_deleted_at === null && row.goal_parent_deleted_at === null;
  const goal =
    goalLive && achievement.goalId
      ? {
          id: achievement.goalId,
          title: row.goal_title as string,
          status: row.goal_status as GoalStatus,
          aspirationId: row.goal_aspiration_id as string,
        }
      : null;
  // A goal's aspiration wins: a pivot may have moved the goal since.
  const aspirationId = goal?.aspirationId ?? achievement.aspirationId;
  const aspirationTitle = aspirationId
    ? achievementRepository(db).liveAspirationTitle(aspirationId)
    : null;
  return {
    ...achievement,
    entry:
      achievement.entryId && row.entry_title !== null
        ? { id: achievement.entryId, title: row.entry_title, entryDate: row.entry_date as string }
        : null,
    goal,
    aspiration:
      aspirationId && aspirationTitle !== null
        ? { id: aspirationId, title: aspirationTitle }
        : null,
    tags: (row.tag_names ?? '')
      .split('\u001f')
      .filter((name) => name !== '')
      .sort((a, b) => a.localeCompare(b)),
  };
}

/** Live achievements, newest first, within the filter. */
export function listAchievements(db: Db, filter: AchievementFilter = {}): AchievementView[] {
  const tag = filter.tag === undefined ? null : tagKey(filter.tag);
  return achievementRepository(db)
    .joined()
    .filter(
      (row) =>
        (!filter.from || row.happened_on >= filter.from) &&
        (!filter.to || row.happened_on <= filter.to),
    )
    .map((row) => viewOf(db, row))
    .filter((view) => !filter.aspirationId || view.aspiration?.id === filter.aspirationId)
    .filter((view) => tag === null || view.tags.some((name) => tagKey(name) === tag));
}

function requireView(db: Db, id: string): AchievementView {
  const row = achievementRepository(db)
    .joined()
    .find((candidate) => candidate.id === id);
  if (!row) throw notFound('achievement');
  return viewOf(db, row);
}

/** The goal or aspiration the person chose, or a not_found error that asks for another. */
function chosen<T>(what: 'goal' | 'aspiration', find: () => T): T {
  try {
    return find();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new ApiError('not_found', `That ${what} no longer exists; choose another.`, [
      { path: `${what}Id`, message: 'Not found.' },
    ]);
  }
}

/** Checks what it points at exists, and takes the aspiration from the goal when there is one. */
function resolveTargets(
  db: Db,
  edits: { goalId?: string | null; aspirationId?: string | null },
): { goalId?: string | null; aspirationId?: string | null } {
  const { goalId, aspirationId } = edits;
  if (goalId) {
    const goal = chosen('goal', () => requireGoal(db, goalId));
    return { goalId: goal.id, aspirationId: goal.aspirationId };
  }
  if (aspirationId) chosen('aspiration', () => requireAspiration(db, aspirationId));
  const resolved: { goalId?: string | null; aspirationId?: string | null } = {};
  if (edits.goalId !== undefined) resolved.goalId = edits.goalId;
  if (edits.aspirationId !== undefined) resolved.aspirationId = edits.aspirationId;
  return resolved;
}

/** A number needs its unit's words to mean anything, and a unit alone has nothing to count. */
function cleanMetric<T extends { metricValue?: number | null; metricUnit?: string }>(input: T): T {
  if (input.metricValue === null && input.metricUnit !== undefined)
    return { ...input, metricUnit: '' };
  return input;
}

export function createAchievement(
  db: Db,
  input: CreateAchievementInput,
  now: Date = new Date(),
): AchievementView {
  return db.transaction(() => {
    if (input.entryId) requireEntry(db, input.entryId);
    const achievement: Achievement = {
      id: randomUUID(),
      source: 'person',
      ...(ACHIEVEMENT.initial() as Partial<Achievement>),
      ...cleanMetric(input),
      ...resolveTargets(db, input),
      resumeLine: input.resumeLine ? input.resumeLine : null,
      ...stampsAt(now),
    } as Achievement;
    achievementRepository(db).insert(achievement);
    return requireView(db, achievement.id);
  })();
}

export function updateAchievement(
  db: Db,
  input: UpdateAchievementInput,
  now: Date = new Date(),
): AchievementView {
  return db.transaction(() => {
    const current = requireView(db, input.id);
    const { id: _id, ...edits } = input;
    const next: Achievement = {
      ...achievementRows.toRecord(achievementRows.toRow(current)),
      ...cleanMetric(edits),
      ...resolveTargets(db, edits),
    } as Achievement;
    // An empty line, or the draft itself cleared back, means "use the draft" again.
    if (edits.resumeLine !== undefined)
      next.resumeLine = edits.resumeLine ? edits.resumeLine : null;
    if (edits.goalId === null && edits.aspirationId === undefined) next.aspirationId = null;
    next.updatedAt = now.toISOString();
    achievementRepository(db).update(next);
    return requireView(db, next.id);
  })();
}

export function deleteAchievement(db: Db, id: string, now: Date = new Date()): Achievement {
  return db.transaction(() => {
    const current = requireView(db, id);
    const next = {
      ...achievementRows.toRecord(achievementRows.toRow(current)),
      deletedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    achievementRepository(db).update(next);
    return next;
  })();
}

export function restoreAchievement(db: Db, id: string, now: Date = new Date()): AchievementView {
  return db.transaction(() => {
    const current = achievementRepository(db).get(id);
    if (!current) throw notFound('achievement');
    achievementRepository(db).update({ ...current, deletedAt: null, updatedAt: now.toISOString() });
    return requireView(db, id);
  })();
}
