import { describe, expect, it } from 'vitest';
import {
  backupsToDelete,
  backupsToKeep,
  dayKey,
  monthKey,
  weekKey,
} from '../../src-main/backup/rotation';

/** A backup at local noon, `daysAgo` days before 2025-06-30 (a Monday). */
function daysAgo(days: number, hour = 12): { takenAt: Date; label: string } {
  const takenAt = new Date(2025, 5, 30 - days, hour);
  return { takenAt, label: `${dayKey(takenAt)}T${hour}` };
}

function labels(set: Iterable<{ label: string }>): string[] {
  return [...set].map((backup) => backup.label).sort();
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps everything while there are few backups', () => {
    const backups = [daysAgo(0), daysAgo(1), daysAgo(2)];
    expect(backupsToDelete(backups)).toEqual([]);
  });

  it('keeps only the newest backup of each day', () => {
    const backups = [daysAgo(0, 9), daysAgo(0, 18), daysAgo(0, 12)];
    expect(labels(backupsToKeep(backups))).toEqual(['2025-06-30T18']);
  });

  it('after a year of daily backups keeps 7 days, 4 weeks and 12 months: at most 23 files', () => {
    const backups = Array.from({ length: 400 }, (_, i) => daysAgo(i));
    const kept = [...backupsToKeep(backups)].sort(
      (a, b) => b.takenAt.getTime() - a.takenAt.getTime(),
    );
    // The 7 newest days.
    expect(kept.slice(0, 7).map((b) => dayKey(b.takenAt))).toEqual([
      '2025-06-30',
      '2025-06-29',
      '2025-06-28',
      '2025-06-27',
      '2025-06-26',
      '2025-06-25',
      '2025-06-24',
    ]);
    // One per week for the 4 newest weeks (weeks start on Monday), one per month for 12 months.
    const weeks = new Set(kept.map((b) => weekKey(b.takenAt)));
    expect([...weeks].slice(0, 4)).toEqual([
      '2025-06-30',
      '2025-06-23',
      '2025-06-16',
      '2025-06-09',
    ]);
    const months = new Set(kept.map((b) => monthKey(b.takenAt)));
    expect(months.size).toBe(12);
    expect([...months].at(-1)).toBe('2024-07');
    expect(kept.length).toBeLessThanOrEqual(23);
    // Each month's survivor is its newest backup (the last day of that month).
    expect(kept.some((b) => dayKey(b.takenAt) === '2024-07-31')).toBe(true);
    expect(kept.some((b) => dayKey(b.takenAt) === '2024-07-30')).toBe(false);
  });

  it('counts periods that have backups, so a long pause does not wipe the history', () => {
    // Backups long ago, then nothing for months, then one today.
    const backups = [daysAgo(0), daysAgo(200), daysAgo(201), daysAgo(202)];
    expect(backupsToDelete(backups)).toEqual([]);
  });

  it('never deletes the newest backup, even with a policy of zero', () => {
    const backups = [daysAgo(3), daysAgo(1)];
    const kept = backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 0 });
    expect(labels(kept)).toEqual([daysAgo(1).label]);
  });

  it('uses the local calendar: weeks run Monday to Sunday', () => {
    expect(weekKey(new Date(2025, 5, 29, 23))).toBe('2025-06-23'); // Sunday
    expect(weekKey(new Date(2025, 5, 30, 0))).toBe('2025-06-30'); // Monday
    expect(weekKey(new Date(2025, 0, 1))).toBe('2024-12-30'); // a week across the new year
  });

  it('returns the others for deletion, and never the same backup twice', () => {
    const backups = Array.from({ length: 60 }, (_, i) => daysAgo(i));
    const doomed = backupsToDelete(backups);
    const kept = backupsToKeep(backups);
    expect(doomed.length + kept.size).toBe(60);
    expect(doomed.some((b) => kept.has(b))).toBe(false);
  });
});
