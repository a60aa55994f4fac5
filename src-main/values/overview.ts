/** What the Values screen reads: every aspiration's scorecard, the nudges, one aspiration's history. */
import type { Aspiration } from '../contract/plan';
import type {
  ValuesAspiration,
  ValuesCheck,
  ValuesHistory,
  ValuesOverview,
  ValuesScorecard,
} from '../contract/values';
import type { Db } from '../db/open';
import { requireAspiration } from '../plan/aspirations';
import { planRepository } from '../plan/repository';
import { toAspiration } from '../plan/rows';
import { daysBetween, localDate } from '../shared/calendar';
import { toCheck, withDrift } from './checks';
import { valuesRepository } from './repository';
import { answeredCount, dueForCheck } from '../shared/values/rules';
import { getSettings } from './settings';

function summaryOf({ id, title, status, retiredOn, retiredReason }: Aspiration): ValuesAspiration {
  return { id, title, status, retiredOn, retiredReason };
}

/**
 * Live aspirations in plan order, active and achieved first, then the retired ones that have
 * checks to read. Four queries whatever the size of the plan, grouped in memory.
 */
export function valuesOverview(db: Db, now: Date = new Date()): ValuesOverview {
  const today = localDate(now);
  const { nudgeDays } = getSettings(db);
  const repository = valuesRepository(db);
  const aspirations = planRepository(db).liveAspirations().map(toAspiration);

  const checksBy = new Map<string, ValuesCheck[]>();
  for (const row of repository.allSaved()) {
    const list = checksBy.get(row.aspiration_id);
    if (list) list.push(toCheck(row));
    else checksBy.set(row.aspiration_id, [toCheck(row)]);
  }
  const draftsBy = new Map(repository.allDrafts().map((row) => [row.aspiration_id, toCheck(row)]));

  const scorecards: ValuesScorecard[] = [];
  const retired: ValuesScorecard[] = [];
  for (const aspiration of aspirations) {
    const checks = checksBy.get(aspiration.id) ?? [];
    if (aspiration.status === 'retired' && checks.length === 0) continue;
    const latest = withDrift(checks.slice(-2)).at(-1) ?? null;
    const draft = draftsBy.get(aspiration.id);
    const card: ValuesScorecard = {
      aspiration: summaryOf(aspiration),
      latest,
      checkCount: checks.length,
      draft: draft
        ? { id: draft.id, updatedAt: draft.updatedAt, answered: answeredCount(draft.answers) }
        : null,
      daysSinceCheck: latest ? daysBetween(latest.checkedOn, today) : null,
    };
    (aspiration.status === 'retired' ? retired : scorecards).push(card);
  }

  const nudges = dueForCheck(
    aspirations.map((aspiration) => ({
      id: aspiration.id,
      title: aspiration.title,
      status: aspiration.status,
      createdOn: localDate(new Date(aspiration.createdAt)),
      lastCheckedOn: checksBy.get(aspiration.id)?.at(-1)?.checkedOn ?? null,
    })),
    today,
    nudgeDays,
  );

  return { today, nudgeDays, scorecards: [...scorecards, ...retired], nudges };
}

/** Every saved check of one aspiration (retired ones too), oldest first, with drift. */
export function valuesHistory(db: Db, aspirationId: string): ValuesHistory {
  const aspiration = requireAspiration(db, aspirationId);
  const checks = valuesRepository(db).savedOf(aspirationId).map(toCheck);
  return { aspiration: summaryOf(aspiration), checks: withDrift(checks) };
}
