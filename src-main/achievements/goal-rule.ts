/**
 * A goal marked done becomes an achievement by itself, with its metric's result.
 *
 * - Marking a goal done makes its achievement once; marking it done again (or saving it while
 *   done) never makes a second one (one per goal, enforced by a unique index too).
 * - Reopening the goal (any status but done) marks its achievement deleted: it is no longer true,
 *   and a review pack must not claim it. It is not erased: marking the goal done again brings the
 *   same achievement back, with the person's own résumé line, so no wording is lost.
 * - An achievement the person deleted themselves stays deleted while the goal stays done; only a
 *   new completion (the goal going from open to done) brings it back.
 */
import type { Achievement } from '../contract/records/achievement';
import type { Goal } from '../contract/records/goal';
import type { Db } from '../db/open';
import { achievementRepository } from './repository';

/** The parts of the achievement that follow the goal: its result, number and date. */
function fromGoal(
  goal: Goal,
): Pick<
  Achievement,
  'goalId' | 'aspirationId' | 'result' | 'metricValue' | 'metricUnit' | 'happenedOn'
> {
  const unit = goal.metricUnit.trim() || goal.metricName.trim();
  const value = goal.metricCurrent ?? goal.metricTarget;
  return {
    goalId: goal.id,
    aspirationId: goal.aspirationId,
    result: goal.title.trim(),
    metricValue: value,
    metricUnit: value === null ? '' : unit.slice(0, 60),
    // A done goal always has its completion date (the table's check makes sure).
    happenedOn: goal.completedOn ?? goal.dueDate,
  };
}

/** Brings the goal's achievement in line with the goal after `previous` became `goal`. */
export function syncGoalAchievement(db: Db, previous: Goal | null, goal: Goal, now: Date): void {
  const repository = achievementRepository(db);
  const existing = repository.ofGoal(goal.id);
  const wasDone = previous?.status === 'done';
  const isDone = goal.status === 'done';
  const stamp = now.toISOString();
  if (isDone && !wasDone) {
    if (existing)
      repository.update({ ...existing, ...fromGoal(goal), deletedAt: null, updatedAt: stamp });
    else {
      repository.insert({
        // The goal's own id: the same goal done in two copies of a journal (a backup, an import)
        // is the same achievement, so merging one into the other finds it already there.
        id: goal.id,
        source: 'goal',
        entryId: null,
        passage: '',
        resumeLine: null,
        ...fromGoal(goal),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      });
    }
  } else if (isDone && existing && existing.deletedAt === null) {
    const next = { ...existing, ...fromGoal(goal) };
    if (JSON.stringify(next) !== JSON.stringify(existing)) {
      repository.update({ ...next, updatedAt: stamp });
    }
  } else if (!isDone && wasDone && existing && existing.deletedAt === null) {
    repository.update({ ...existing, deletedAt: stamp, updatedAt: stamp });
  }
}
