/** How long a deleted entry waits in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;
const MS_PER_DAY = 86_400_000;

/** The instant an entry deleted at `deletedAt` (ISO) becomes due for purging. */
export function purgeDueAt(deletedAt: string): Date {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * MS_PER_DAY);
}

/** Entries deleted at or before this instant are due for purging at `now`. */
export function purgeCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * MS_PER_DAY).toISOString();
}

/** Days left before purging, counting a started day as a day (0 once it is due). */
export function daysUntilPurge(deletedAt: string, now: Date): number {
  return Math.max(0, Math.ceil((purgeDueAt(deletedAt).getTime() - now.getTime()) / MS_PER_DAY));
}
