import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { createEntry, getEntry, listEntries } from '../../src-main/journal/service';
import { createAspiration, deleteAspiration } from '../../src-main/plan/aspirations';
import { templatePreviews } from '../../src-main/plan/from-template';
import { createGoal, updateGoal } from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import {
  answerCheckIn,
  checkInsOf,
  reminderSettings,
  takeReminder,
  todayView,
  updateReminderSettings,
} from '../../src-main/today/service';
import { completeWelcome, skipWelcome, welcomeState } from '../../src-main/welcome/service';
import { docFromParagraphs, plainTextOf } from '../../src-main/shared/rich-text';
import { tempJournal, totalChanges } from './helpers';
import { inTimeZone, ZONES } from './timezones';

const NOW = new Date(2026, 1, 16, 10, 0); // 16 February 2026, 10:00 local

function seeded() {
  const ctx = tempJournal();
  const aspiration = createAspiration(ctx.db, { title: 'Lead a design studio' }, NOW);
  const ship = createGoal(
    ctx.db,
    {
      aspirationId: aspiration.id,
      title: 'Ship the portfolio',
      startDate: '2026-01-01',
      dueDate: '2026-04-01',
    },
    NOW,
  );
  const late = createGoal(
    ctx.db,
    { aspirationId: aspiration.id, title: 'Finish the course', dueDate: '2026-02-10' },
    NOW,
  );
  /** Answers the portfolio's half-way check-in (on track, realistic) unless `input` says otherwise. */
  const answer = (input: Partial<Parameters<typeof answerCheckIn>[1]> = {}) =>
    answerCheckIn(
      ctx.db,
      { goalId: ship.id, point: 'half', onTrack: true, realistic: true, ...input },
      NOW,
    );
  return { ctx, aspiration, ship, late, answer };
}

describe('Today over the database', () => {
  it('lists an overdue goal and the check-in a goal asks for', () => {
    const { ctx, late, ship } = seeded();
    const view = todayView(ctx.db, NOW);
    expect(view.today).toBe('2026-02-16');
    expect(view.overdue.map((item) => [item.title, item.goalId])).toEqual([
      ['Finish the course', late.id],
    ]);
    expect(view.checkIns.map((item) => [item.title, item.point])).toEqual([
      ['Ship the portfolio', 'half'],
    ]);
    // A new aspiration is not due for a values check yet.
    expect(view.values).toEqual([]);
    expect(ship.id).toBeTruthy();
  });

  it('records an answer on the goal, and the check-in is not asked again', () => {
    const { ctx, ship, answer: answerHalf } = seeded();
    const { answer, entryId } = answerHalf({ realistic: false, note: 'Client work ate March.' });
    expect(entryId).toBeNull();
    expect(answer).toMatchObject({
      dueOn: '2026-02-15',
      answeredOn: '2026-02-16',
      onTrack: true,
      realistic: false,
    });
    expect(checkInsOf(ctx.db, ship.id)).toEqual([answer]);
    expect(todayView(ctx.db, NOW).checkIns).toEqual([]);
    expect(() => answerHalf()).toThrow(/already answered/);
  });

  it('starts a reflection in the journal when asked to', () => {
    const { ctx, ship, answer } = seeded();
    const { entryId } = answer({ onTrack: false, reflect: true });
    const text = plainTextOf(getEntry(ctx.db, entryId!).body);
    expect(text).toContain('Check-in on “Ship the portfolio”, halfway');
    expect(text).toContain('On track: no. Still realistic: yes.');
    expect(text).toContain('What has held it back');
    expect(checkInsOf(ctx.db, ship.id)[0]?.entryId).toBe(entryId);
  });

  it('refuses a check-in the goal is not asking for, or one of a dropped goal, and writes nothing', () => {
    const { ctx, ship, answer } = seeded();
    const before = totalChanges(ctx);
    expect(() => answer({ point: 'three-quarters' })).toThrow(/not asking/);
    updateGoal(ctx.db, { id: ship.id, status: 'dropped' }, NOW);
    const afterDrop = totalChanges(ctx);
    expect(() => answer()).toThrow(/dropped, so it has no check-ins/);
    expect(totalChanges(ctx)).toBe(afterDrop);
    expect(afterDrop).toBeGreaterThan(before);
  });

  it.each(ZONES)('works out today on the local calendar just before midnight in %s', (zone) => {
    inTimeZone(zone, () => {
      const ctx = tempJournal();
      const aspiration = createAspiration(ctx.db, { title: 'A' }, new Date(2026, 0, 1, 9));
      createGoal(ctx.db, {
        aspirationId: aspiration.id,
        title: 'Due on the 31st',
        dueDate: '2026-01-31',
      });
      const lateEvening = new Date(2026, 0, 31, 23, 59);
      const nextMorning = new Date(2026, 1, 1, 0, 1);
      expect(todayView(ctx.db, lateEvening).upcoming.map((i) => i.days)).toEqual([0]);
      expect(todayView(ctx.db, nextMorning).overdue.map((i) => i.days)).toEqual([-1]);
    });
  });
});

describe('the welcome', () => {
  it('shows until skipped, then never again, and skipping creates nothing', () => {
    const ctx = tempJournal();
    expect(welcomeState(ctx.db)).toEqual({ show: true, outcome: null });
    expect(skipWelcome(ctx.db)).toEqual({ show: false, outcome: 'skipped' });
    expect(planTree(ctx.db).aspirations).toEqual([]);
    expect(listEntries(ctx.db)).toEqual([]);
  });

  it('is not shown to a journal that already holds an entry or a plan (imported, restored)', () => {
    const written = tempJournal();
    expect(welcomeState(written.db).show).toBe(true);
    createEntry(written.db, { body: docFromParagraphs(['Brought over from my old notes']) });
    expect(welcomeState(written.db)).toEqual({ show: false, outcome: null });

    const planned = tempJournal();
    const aspiration = createAspiration(planned.db, { title: 'Lead a design team' });
    deleteAspiration(planned.db, aspiration.id);
    expect(welcomeState(planned.db)).toEqual({ show: false, outcome: null });
  });

  it('creates a real aspiration, goal and entry when finished', () => {
    const ctx = tempJournal();
    const result = completeWelcome(
      ctx.db,
      {
        aspiration: { title: 'Become a creative director' },
        goal: { title: 'Lead one campaign', dueDate: '2026-12-31' },
        reflection: 'Why now?\nBecause I am ready.',
      },
      NOW,
    );
    const [aspiration] = planTree(ctx.db, {}, NOW).aspirations;
    expect(aspiration).toMatchObject({
      id: result.aspirationId,
      title: 'Become a creative director',
    });
    expect(aspiration?.goals.map((g) => [g.id, g.title, g.dueDate])).toEqual([
      [result.goalId, 'Lead one campaign', '2026-12-31'],
    ]);
    expect(plainTextOf(getEntry(ctx.db, result.entryId).body)).toBe(
      'Why now?\nBecause I am ready.',
    );
    expect(welcomeState(ctx.db)).toEqual({ show: false, outcome: 'done' });
    expect(skipWelcome(ctx.db).outcome).toBe('done');
  });

  it('starts from a template when one is picked, and saves nothing when a part is refused', async () => {
    const ctx = tempJournal();
    const template = templatePreviews(NOW)[0]!;
    const made = completeWelcome(
      ctx.db,
      {
        aspiration: { templateId: template.id },
        goal: { title: 'My own first goal', dueDate: '2026-06-30' },
        reflection: 'Starting.',
      },
      NOW,
    );
    const [aspiration] = planTree(ctx.db, {}, NOW).aspirations;
    expect(aspiration?.title).toBe(template.aspirationTitle);
    expect(aspiration?.goals.map((g) => g.id)).toContain(made.goalId);

    const fresh = tempJournal();
    const before = totalChanges(fresh);
    const refused = await createAppRouter(fresh).call('welcome:complete', {
      aspiration: { templateId: 'no-such-template' },
      goal: { title: 'Goal', dueDate: '2026-06-30' },
      reflection: 'Hello.',
    });
    expect(refused.ok).toBe(false);
    expect(totalChanges(fresh)).toBe(before);
    expect(welcomeState(fresh.db).show).toBe(true);
  });
});

describe('the daily reminder', () => {
  it('is off by default and sends nothing', () => {
    const { ctx } = seeded();
    expect(reminderSettings(ctx.db)).toEqual({ enabled: false, time: '09:00' });
    expect(takeReminder(ctx.db, NOW)).toBeNull();
  });

  it('sends once a day after the chosen time, summarising what is due', () => {
    const { ctx } = seeded();
    updateReminderSettings(ctx.db, { enabled: true, time: '10:30' });
    expect(takeReminder(ctx.db, NOW)).toBeNull(); // 10:00: not yet
    const at = new Date(2026, 1, 16, 10, 30);
    expect(takeReminder(ctx.db, at)).toEqual({
      title: 'Waymark: 2 things need your attention',
      body: 'Overdue: “Finish the course”.\n1 goal asks for a check-in.',
    });
    expect(takeReminder(ctx.db, new Date(2026, 1, 16, 18, 0))).toBeNull();
    expect(takeReminder(ctx.db, new Date(2026, 1, 17, 10, 31))).not.toBeNull();
  });
});
