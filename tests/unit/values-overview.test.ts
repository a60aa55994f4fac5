import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src-main/core/open-journal';
import { getEntry, listEntries } from '../../src-main/journal/service';
import { linksOfEntry } from '../../src-main/links/service';
import * as aspirations from '../../src-main/plan/aspirations';
import { QUESTION_BY_KEY } from '../../src-main/shared/values/questions';
import * as checks from '../../src-main/values/checks';
import { valuesHistory, valuesOverview } from '../../src-main/values/overview';
import { reflectOnCheck } from '../../src-main/values/reflect';
import { getSettings, updateSettings } from '../../src-main/values/settings';
import { tempDir } from './helpers';
import { journalWithAspiration, steppingClock, TODAY } from './plan-helpers';
import { inTimeZone, ZONES } from './timezones';
import { saveFinishedCheck } from './values-helpers';

const DAY = 86_400_000;

const setup = () => journalWithAspiration();

describe('retired aspirations', () => {
  it('keep their checks readable under their own heading, but take no new ones', () => {
    const { db, aspiration, clock } = setup();
    const other = aspirations.createAspiration(db, { title: 'Open a studio' }, clock.now());
    saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { passion: 'no' },
      excitement: 2,
      fear: 4,
    });
    aspirations.retireAspiration(db, { id: aspiration.id, reason: 'I want to teach instead.' });
    const overview = valuesOverview(db, clock.now());
    expect(overview.scorecards.map((c) => [c.aspiration.title, c.aspiration.status])).toEqual([
      ['Open a studio', 'active'],
      ['Become creative director', 'retired'],
    ]);
    expect(overview.scorecards[1]?.latest?.fit.percent).toBe(88);
    expect(valuesHistory(db, aspiration.id).checks).toHaveLength(1);
    expect(() =>
      checks.saveDraft(db, { aspirationId: aspiration.id, answers: { growth: { answer: 'yes' } } }),
    ).toThrow(/is retired/);
    expect(overview.nudges.map((n) => n.aspirationId)).not.toContain(aspiration.id);
    expect(other.id).toBe(overview.scorecards[0]?.aspiration.id);
  });

  it('without checks are left out; deleted aspirations hide their checks until restored', () => {
    const { db, aspiration, clock } = setup();
    saveFinishedCheck(db, aspiration.id, clock.now(), { excitement: 3, fear: 3 });
    const quiet = aspirations.createAspiration(db, { title: 'Quiet one' });
    aspirations.retireAspiration(db, { id: quiet.id, reason: 'Not for me.' });
    aspirations.deleteAspiration(db, aspiration.id);
    expect(valuesOverview(db).scorecards).toEqual([]);
    aspirations.restoreAspiration(db, aspiration.id);
    expect(valuesOverview(db).scorecards[0]?.checkCount).toBe(1);
  });
});

describe('the overview', () => {
  it('shows each aspiration’s latest check with its movement, and how long ago it was', () => {
    const { db, aspiration, clock } = setup();
    expect(valuesOverview(db, clock.now()).scorecards[0]).toMatchObject({
      latest: null,
      checkCount: 0,
      draft: null,
      daysSinceCheck: null,
    });
    saveFinishedCheck(db, aspiration.id, clock.now());
    clock.advance(10 * DAY);
    saveFinishedCheck(db, aspiration.id, clock.now(), { answers: { honesty: 'partly' } });
    clock.advance(5 * DAY);
    const [card] = valuesOverview(db, clock.now()).scorecards;
    expect(card).toMatchObject({ checkCount: 2, daysSinceCheck: 5 });
    expect(card?.latest?.drift?.worse).toEqual(['Honesty with yourself went from Yes to Partly.']);
  });

  it('nudges aspirations not checked within the configured number of days (90 unless changed)', () => {
    const { db, aspiration, clock } = setup();
    expect(getSettings(db)).toEqual({ nudgeDays: 90 });
    saveFinishedCheck(db, aspiration.id, clock.now());
    clock.advance(89 * DAY);
    expect(valuesOverview(db, clock.now()).nudges).toEqual([]);
    clock.advance(DAY);
    expect(valuesOverview(db, clock.now()).nudges).toMatchObject([
      { aspirationId: aspiration.id, daysSince: 90, lastCheckedOn: TODAY },
    ]);
    expect(updateSettings(db, { nudgeDays: 120 })).toEqual({ nudgeDays: 120 });
    expect(valuesOverview(db, clock.now())).toMatchObject({ nudgeDays: 120, nudges: [] });
  });

  it('falls back to 90 days when the stored setting was damaged outside Waymark', () => {
    const { db } = setup();
    db.prepare("INSERT INTO settings (key, value) VALUES ('values.nudgeDays', 'soon')").run();
    expect(getSettings(db).nudgeDays).toBe(90);
  });

  it('counts days on the person’s own calendar in every time zone', () => {
    for (const zone of ZONES) {
      inTimeZone(zone, () => {
        const clock = steppingClock(new Date(2026, 0, 15, 23, 30));
        const ctx = openJournal({ dataDir: tempDir(), host: 'web', now: clock.now });
        try {
          const aspiration = aspirations.createAspiration(ctx.db, { title: 'A' }, clock.now());
          const saved = saveFinishedCheck(ctx.db, aspiration.id, clock.now(), {
            excitement: 3,
            fear: 3,
          });
          expect(saved.checkedOn, zone).toBe('2026-01-15');
          // 89 days and 1 hour later it is 2026-04-15 00:30 locally: day 90.
          clock.advance(89 * DAY + 3_600_000);
          const overview = valuesOverview(ctx.db, clock.now());
          expect(overview.today, zone).toBe('2026-04-15');
          expect(
            overview.nudges.map((n) => n.daysSince),
            zone,
          ).toEqual([90]);
        } finally {
          ctx.session.close();
        }
      });
    }
  });
});

describe('Reflect on this', () => {
  it('opens a new journal entry with the weak questions as prompts', () => {
    const { db, aspiration, clock } = setup();
    const saved = saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { realism: 'no', growth: 'partly' },
      notes: { realism: 'Not with two kids' },
      fear: 3,
    });
    clock.advance(3 * DAY);
    const { entryId } = reflectOnCheck(db, saved.id, clock.now());
    const entry = getEntry(db, entryId);
    expect(entry.title).toBe('Values check: Become creative director');
    expect(entry.entryDate).toBe('2026-01-18');
    const text = JSON.stringify(entry.body);
    expect(text).toContain(QUESTION_BY_KEY.realism.question);
    expect(text).toContain(QUESTION_BY_KEY.growth.question);
    expect(text).toContain('Not with two kids');
    expect(text).not.toContain(QUESTION_BY_KEY.passion.question);
    expect(listEntries(db).map((e) => e.id)).toEqual([entryId]);
    expect(linksOfEntry(db, entryId).map((link) => [link.targetKind, link.targetId])).toEqual([
      ['aspiration', aspiration.id],
    ]);
  });

  it('works for a retired aspiration’s check, but not for a draft or a deleted check', () => {
    const { db, aspiration, clock } = setup();
    const draft = checks.saveDraft(db, {
      aspirationId: aspiration.id,
      answers: { passion: { answer: 'no' } },
    });
    expect(() => reflectOnCheck(db, draft.id)).toThrow(/Save the check first/);
    const saved = saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { passion: 'no' },
      excitement: 1,
      fear: 1,
    });
    aspirations.retireAspiration(db, { id: aspiration.id, reason: 'Moved on.' });
    expect(reflectOnCheck(db, saved.id).entryId).toMatch(/[0-9a-f-]{36}/);
    checks.deleteCheck(db, saved.id);
    expect(() => reflectOnCheck(db, saved.id)).toThrow(/no longer exists/);
    expect(listEntries(db)).toHaveLength(1);
  });
});
