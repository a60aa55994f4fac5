/** *Reflect on this*: a new journal entry prefilled from a saved check. */
import { ApiError, notFound } from '../contract/errors';
import type { Db } from '../db/open';
import { createEntry } from '../journal/service';
import { addLink } from '../links/service';
import { planRepository } from '../plan/repository';
import { toCheck } from './checks';
import { reflectionDoc } from './reflection';
import { valuesRepository } from './repository';

export function reflectOnCheck(
  db: Db,
  checkId: string,
  now: Date = new Date(),
): { entryId: string } {
  return db.transaction(() => {
    const row = valuesRepository(db).check(checkId);
    if (!row || row.deleted_at !== null) throw notFound('values check', 'checkId');
    if (row.status !== 'saved') {
      throw new ApiError('conflict', 'Save the check first, then reflect on it.', [
        { path: 'checkId', message: 'This check is not saved yet.' },
      ]);
    }
    const check = toCheck(row);
    const aspiration = planRepository(db).aspiration(check.aspirationId);
    const entry = createEntry(
      db,
      {
        body: reflectionDoc({
          aspirationTitle: aspiration?.title ?? 'an aspiration',
          checkedOn: check.checkedOn,
          answers: check.answers,
          excitement: check.excitement,
          fear: check.fear,
          fit: check.fit,
        }),
      },
      now,
    );
    if (aspiration && aspiration.deleted_at === null) {
      addLink(db, { entryId: entry.id, targetKind: 'aspiration', targetId: aspiration.id }, now);
    }
    return { entryId: entry.id };
  })();
}
