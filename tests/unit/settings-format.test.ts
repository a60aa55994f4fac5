import { describe, expect, it } from 'vitest';
import {
  backgroundLabel,
  formatSize,
  formatTakenAt,
  kindLabel,
} from '../../src-renderer/features/settings/format';

describe('how Settings shows a backup', () => {
  it('gives sizes in the units file managers use', () => {
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(28 * 1024)).toBe('28 KB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatSize(32 * 1024 * 1024)).toBe('32 MB');
  });

  it('says why each backup was taken in words', () => {
    expect(kindLabel('daily')).toBe('Daily');
    expect(kindLabel('manual')).toBe('Made by you');
    expect(kindLabel('pre-migration')).toBe('Before an update');
    expect(kindLabel('pre-import')).toBe('Before an import');
  });

  it('shows the moment a backup was taken with weekday, date and time', () => {
    const shown = formatTakenAt('2025-04-01T09:30:00.000Z', 'en-GB');
    expect(shown).toMatch(/Tue|Wed/); // the weekday depends on the time zone the test runs in
    expect(shown).toMatch(/2025/);
    expect(shown).toMatch(/\d{2}:\d{2}/);
  });
});

describe('backgroundLabel', () => {
  const idle = { running: null, percent: null, checkedAt: null } as const;
  it('says what runs in the background, and when the journal last passed its check', () => {
    expect(backgroundLabel({ ...idle, running: 'backing-up', percent: 40 })).toBe(
      'Backing up… 40 %',
    );
    expect(backgroundLabel({ ...idle, running: 'checking' })).toBe('Checking your journal…');
    expect(backgroundLabel(idle)).toBeNull();
    const now = new Date(2026, 2, 5, 15, 0);
    expect(
      backgroundLabel(
        { ...idle, checkedAt: new Date(2026, 2, 5, 9, 30).toISOString() },
        now,
        'en-GB',
      ),
    ).toBe('Checked today at 09:30');
    expect(
      backgroundLabel(
        { ...idle, checkedAt: new Date(2026, 2, 4, 9, 30).toISOString() },
        now,
        'en-GB',
      ),
    ).toBe('Checked on 4 Mar 2026 at 09:30');
  });
});
