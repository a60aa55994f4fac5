/** Bringing back an old version of an aspiration or a goal, itself kept as a new version. */
import type { Aspiration, AspirationSnapshot, Goal, GoalSnapshot } from '../contract/plan';
import type { Db } from '../db/open';
import { requireAspiration, saveAspiration } from './aspirations';
import { requireGoal, saveGoal } from './goals';
import { getRevision } from './history';
import { planRepository } from './repository';
import { restorableFields } from './revisions';

export function restoreRevision(
  db: Db,
  revisionId: string,
  now: Date = new Date(),
): { kind: 'aspiration'; aspiration: Aspiration } | { kind: 'goal'; goal: Goal } {
  return db.transaction(() => {
    const revision = getRevision(db, revisionId);
    const note = `Restored version ${revision.version}`;
    if (revision.kind === 'aspiration') {
      const current = requireAspiration(db, revision.refId);
      const fields = restorableFields('aspiration', revision.snapshot as AspirationSnapshot);
      if (fields.replacedBy && !planRepository(db).aspiration(fields.replacedBy)) {
        // The aspiration it pointed to is gone for good; a restore never points at nothing.
        fields.replacedBy = null;
      }
      return {
        kind: 'aspiration' as const,
        aspiration: saveAspiration(db, current, fields, 'restored', now, note),
      };
    }
    const current = requireGoal(db, revision.refId);
    const fields = restorableFields('goal', revision.snapshot as GoalSnapshot);
    return { kind: 'goal' as const, goal: saveGoal(db, current, fields, 'restored', now, note) };
  })();
}
