/**
 * Keeps the search documents of aspirations and goals in step with the plan: indexed while they
 * are live, gone while deleted (a goal also while its aspiration is deleted). Called inside the
 * transaction of every save, delete and restore; migration 0010 indexes what existed before.
 */
import { GOAL, type Aspiration, type Goal } from '../contract/plan';
import type { Db } from '../db/open';
import { keepIndexed } from '../search/indexer';
import { planRepository } from './repository';
import { toGoal } from './rows';

/** A goal's searchable text: its SMART answers, one per line (as migration 0010 builds it). */
export function goalSearchText(goal: Goal): string {
  return GOAL.searchKeys
    .map((key) => goal[key])
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

export function syncGoalIndex(db: Db, goal: Goal): void {
  const parent = planRepository(db).aspiration(goal.aspirationId);
  const live = goal.deletedAt === null && parent?.deleted_at === null;
  keepIndexed(db, live, {
    kind: 'goal',
    refId: goal.id,
    title: goal.title,
    body: goalSearchText(goal),
  });
}

/** Indexes or removes the aspiration, and with it its live goals (they follow it in and out). */
export function syncAspirationIndex(db: Db, aspiration: Aspiration, withGoals = false): void {
  keepIndexed(db, aspiration.deletedAt === null, {
    kind: 'aspiration',
    refId: aspiration.id,
    title: aspiration.title,
    body: aspiration.statementText,
  });
  if (withGoals) {
    for (const row of planRepository(db).goalsOf(aspiration.id)) syncGoalIndex(db, toGoal(row));
  }
}
