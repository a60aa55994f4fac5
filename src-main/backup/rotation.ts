/**
 * Which backups to keep: the newest backup of each of the 7 most recent days that have one, of the
 * 4 most recent weeks, and of the 12 most recent months (days, weeks and months on the person's own
 * calendar). A backup may count for several periods at once. Pure: the caller deletes the rest.
 */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  takenAt: Date;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function dayKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Monday that starts the date's week, as a day key (weeks run Monday to Sunday). */
export function weekKey(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return dayKey(monday);
}

export function monthKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}`;
}

export function backupsToKeep<T extends Dated>(
  backups: readonly T[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<T>();
  const periods: [(date: Date) => string, number][] = [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ];
  for (const [keyOf, count] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = keyOf(backup.takenAt);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup);
    }
  }
  // The newest backup is never rotated out, whatever the policy says.
  if (newestFirst[0]) keep.add(newestFirst[0]);
  return keep;
}

export function backupsToDelete<T extends Dated>(
  backups: readonly T[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): T[] {
  const keep = backupsToKeep(backups, policy);
  return backups.filter((backup) => !keep.has(backup));
}
