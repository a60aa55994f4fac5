/** The work-backwards planner over the database: propose dates, then save the adjusted goals. */
import { ApiError } from '../contract/errors';
import type { BackwardsProposal, Goal } from '../contract/plan';
import type { Db } from '../db/open';
import { localDate } from '../shared/calendar';
import { requireAspiration } from './aspirations';
import { createGoal } from './goals';
import { proposeBackwards } from '../shared/plan/work-backwards';

export function proposeForAspiration(
  db: Db,
  input: { aspirationId: string; titles: string[] },
  now: Date = new Date(),
): BackwardsProposal[] {
  const aspiration = requireAspiration(db, input.aspirationId);
  const result = proposeBackwards({
    titles: input.titles,
    horizonDate: aspiration.horizonDate,
    today: localDate(now),
  });
  if (!result.ok) {
    throw new ApiError('conflict', result.message, [
      { path: 'aspirationId', message: result.message },
    ]);
  }
  return result.proposals;
}

/** Creates the goals in date order, after the aspiration's existing goals; all or none. */
export function applyBackwards(
  db: Db,
  input: {
    aspirationId: string;
    goals: { title: string; startDate?: string | null; dueDate: string }[];
  },
  now: Date = new Date(),
): Goal[] {
  return db.transaction(() => {
    requireAspiration(db, input.aspirationId);
    const inDateOrder = [...input.goals].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    return inDateOrder.map((goal) =>
      createGoal(
        db,
        { aspirationId: input.aspirationId, ...goal, startDate: goal.startDate ?? null },
        now,
        { note: 'Created by working backwards from the horizon' },
      ),
    );
  })();
}
