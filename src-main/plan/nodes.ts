/**
 * What a plan write answers with: the node it changed, as `plan:tree` holds it, so the window
 * patches its cached plan instead of reading 500 goals again. Built by the tree's own code
 * (`aspirationNode`), from the few rows of one aspiration or one goal.
 */
import { ApiError } from '../contract/errors';
import type { AspirationNode, GoalNode } from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { planRepository } from './repository';
import { toAspiration, toGoal, toStep } from './rows';
import { aspirationNode } from './tree';

function gone(what: 'aspiration' | 'goal'): ApiError {
  return new ApiError('not_found', `That ${what} no longer exists.`, []);
}

/** An aspiration with its live goals and their steps, progress, SMART check and warnings. */
export function aspirationNodeOf(db: Db, id: string, now: Date): AspirationNode {
  const repository = planRepository(db);
  const row = repository.aspiration(id);
  if (!row) throw gone('aspiration');
  const goals = repository
    .goalsOf(id)
    .map((goalRow) =>
      Object.assign(toGoal(goalRow), { steps: repository.stepsOf(goalRow.id).map(toStep) }),
    );
  return aspirationNode(toAspiration(row), goals, localDate(now));
}

/** One goal with its live steps, progress, SMART check and warnings (which read its aspiration). */
export function goalNodeOf(db: Db, id: string, now: Date): GoalNode {
  const repository = planRepository(db);
  const row = repository.goal(id);
  const aspiration = row && repository.aspiration(row.aspiration_id);
  if (!row || !aspiration) throw gone('goal');
  const goal = Object.assign(toGoal(row), { steps: repository.stepsOf(id).map(toStep) });
  return aspirationNode(toAspiration(aspiration), [goal], localDate(now)).goals[0] as GoalNode;
}
