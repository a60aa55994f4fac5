/**
 * A pivot: the person's direction changes, so the aspiration is retired with a reflection on why,
 * and a new one takes its place (right after it in the list), carrying over the goals they pick.
 * One transaction: either all of it happens or none of it.
 */
import { ApiError } from '../contract/errors';
import type { Aspiration, Goal } from '../contract/plan';
import type { Db } from '../db/open';
import {
  createAspiration,
  requireAspiration,
  retireAspiration,
  type NewAspiration,
} from './aspirations';
import { requireGoal, saveGoal } from './goals';
import { planRepository } from './repository';

export function pivotAspiration(
  db: Db,
  input: { id: string; reason: string; replacement: NewAspiration; carryGoalIds: string[] },
  now: Date = new Date(),
): { retired: Aspiration; replacement: Aspiration; carried: Goal[] } {
  const repository = planRepository(db);
  return db.transaction(() => {
    const old = requireAspiration(db, input.id);
    if (old.status === 'retired') {
      throw new ApiError(
        'conflict',
        `“${old.title}” is already retired. Reopen it first, or start a new aspiration.`,
      );
    }
    const own = new Set(repository.goalsOf(old.id).map((row) => row.id));
    const strangers = input.carryGoalIds.filter((id) => !own.has(id));
    if (strangers.length > 0) {
      throw new ApiError('invalid_input', 'Only goals of this aspiration can be carried over.', [
        { path: 'carryGoalIds', message: `Not goals of “${old.title}”: ${strangers.join(', ')}.` },
      ]);
    }

    const replacement = createAspiration(db, input.replacement, now, {
      afterPosition: old.position,
      note: `Created as the pivot from “${old.title}”`,
    });
    const retired = retireAspiration(
      db,
      { id: old.id, reason: input.reason, replacedBy: replacement.id },
      now,
      'pivoted',
      `Pivoted to “${replacement.title}”: “${input.reason}”`,
    );

    // Carried goals keep their order and go after any the new aspiration already has (none yet).
    const carrying = new Set(input.carryGoalIds);
    const carried: Goal[] = [];
    let position = repository.nextGoalPosition(replacement.id);
    for (const row of repository.goalsOf(old.id)) {
      if (!carrying.has(row.id)) continue;
      carried.push(
        saveGoal(
          db,
          requireGoal(db, row.id),
          { aspirationId: replacement.id, position: position++ },
          'moved',
          now,
          `Carried over from “${old.title}” to “${replacement.title}”`,
        ),
      );
    }
    return { retired, replacement: requireAspiration(db, replacement.id), carried };
  })();
}
