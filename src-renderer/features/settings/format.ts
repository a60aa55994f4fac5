import type { BackgroundWork, BackupKind } from '../../../src-main/contract';

/** "12 KB", "1.4 MB": sizes as people read them (1 KB = 1024 bytes, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value)} ${units[unit]}`;
}

/** When a backup was taken: "Tue 1 Apr 2025, 09:30" in the person's own time zone and language. */
export { dayAndTime as formatTakenAt } from '../../ui/format';

const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'pre-migration': 'Before an update',
  'pre-import': 'Before an import',
};

export function kindLabel(kind: BackupKind): string {
  return KIND_LABELS[kind];
}

/**
 * What the background work is doing, in words: "Backing up… 40 %", "Checking your journal…",
 * "Checked today at 09:30" (or on another day's date); null when there is nothing to say yet.
 */
export function backgroundLabel(
  work: BackgroundWork,
  now: Date = new Date(),
  locale?: string,
): string | null {
  if (work.running === 'backing-up') return `Backing up… ${work.percent ?? 0} %`;
  if (work.running === 'checking') return 'Checking your journal…';
  if (!work.checkedAt) return null;
  const at = new Date(work.checkedAt);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameDay = at.toDateString() === now.toDateString();
  const day = sameDay
    ? 'today'
    : `on ${at.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  return `Checked ${day} at ${time}`;
}
