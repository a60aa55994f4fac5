/** The values check's one setting: after how many days without a check an aspiration is nudged. */
import type { ValuesSettings } from '../contract/values';
import type { Db } from '../db/open';
import { settingsRepository } from '../db/settings';
import { DEFAULT_NUDGE_DAYS } from '../shared/values/questions';
import { NUDGE_DAYS_KEY } from './repository';

export function getSettings(db: Db): ValuesSettings {
  const stored = Number(settingsRepository(db).text(NUDGE_DAYS_KEY));
  // A value that is missing or was damaged outside Waymark falls back to the default.
  const valid = Number.isInteger(stored) && stored >= 1 && stored <= 3650;
  return { nudgeDays: valid ? stored : DEFAULT_NUDGE_DAYS };
}

export function updateSettings(db: Db, input: ValuesSettings): ValuesSettings {
  settingsRepository(db).putText(NUDGE_DAYS_KEY, String(input.nudgeDays));
  return getSettings(db);
}
