import { describe, expect, it } from 'vitest';
import * as achievements from '../../src-main/achievements/service';
import { archiveToText, exportArchive } from '../../src-main/archive/export';
import { importArchive } from '../../src-main/archive/import';
import { ApiError } from '../../src-main/contract/errors';
import { createAchievementInput } from '../../src-main/contract/records/achievement';
import { createAppRouter } from '../../src-main/core/all-handlers';
import type { Db } from '../../src-main/db/open';
import * as journal from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import * as goals from '../../src-main/plan/goals';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { addTag } from '../../src-main/tags/service';
import { tempJournal } from './helpers';
import { planRecords } from './plan-helpers';

const NOW = new Date('2026-03-01T10:00:00Z');

function setup() {
  const ctx = tempJournal({ now: () => NOW });
  const { db } = ctx;
  const plan = planRecords(db);
  const statement = docFromParagraphs(['Run the team that opens new markets.']);
  const aspiration = plan.aspiration({ title: 'Lead a sales team', statement });
  const target = { metricName: 'demos booked', metricUnit: 'demos', metricTarget: 40 };
  const goal = plan.goal(aspiration, {
    title: 'Book 40 demos a quarter',
    dueDate: '2026-06-30',
    ...target,
    metricCurrent: 12,
  });
  const entry = journal.createEntry(db, {
    entryDate: '2026-02-10',
    body: docFromParagraphs([
      'Quarter review',
      'We booked a third more demos after the new script.',
    ]),
  });
  return { ctx, db, aspiration, goal, entry };
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
  throw new Error('It was not refused.');
}

describe('achievements from an entry', () => {
  it('keeps the passage, result, number and date, takes the aspiration from its goal', () => {
    const { db, goal, aspiration, entry } = setup();
    const made = achievements.createAchievement(
      db,
      {
        entryId: entry.id,
        passage: 'We booked a third more demos after the new script.',
        result: 'More demos booked with the new call script',
        metricValue: 32,
        metricUnit: '%',
        happenedOn: '2026-02-10',
        goalId: goal.id,
      },
      NOW,
    );
    expect(made).toMatchObject({
      source: 'person',
      entry: { id: entry.id, title: 'Quarter review', entryDate: '2026-02-10' },
      goal: { id: goal.id, title: 'Book 40 demos a quarter' },
      aspiration: { id: aspiration.id, title: 'Lead a sales team' },
      aspirationId: aspiration.id,
      metricValue: 32,
      metricUnit: '%',
      resumeLine: null,
    });
    expect(achievements.listAchievements(db).map((a) => a.id)).toEqual([made.id]);
  });

  it('lists newest first and filters by period, aspiration and tag', () => {
    const { db, aspiration, entry } = setup();
    addTag(db, { entryId: entry.id, name: 'Sales' });
    const make = (result: string, happenedOn: string, extra = {}) =>
      achievements.createAchievement(db, { result, happenedOn, ...extra }, NOW).id;
    const old = make('Old win', '2025-01-05');
    const mid = make('Tagged win', '2026-01-20', { entryId: entry.id });
    const recent = make('Recent win', '2026-02-25', { aspirationId: aspiration.id });
    const ids = (filter = {}) => achievements.listAchievements(db, filter).map((a) => a.id);
    expect(ids()).toEqual([recent, mid, old]);
    expect(ids({ from: '2026-01-01', to: '2026-01-31' })).toEqual([mid]);
    expect(ids({ aspirationId: aspiration.id })).toEqual([recent]);
    expect(ids({ tag: 'sales' })).toEqual([mid]);
  });

  it('refuses bad input in words and writes nothing', () => {
    const { db, entry } = setup();
    const parsed = createAchievementInput.safeParse({ result: '  ', happenedOn: '2026-13-40' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      'Say in one line what the result was.',
    );
    expect(
      codeOf(() =>
        achievements.createAchievement(db, {
          result: 'x',
          happenedOn: '2026-01-01',
          goalId: 'nope',
        }),
      ),
    ).toBe('not_found');
    expect(
      codeOf(() =>
        achievements.createAchievement(db, {
          result: 'x',
          happenedOn: '2026-01-01',
          entryId: 'nope',
        }),
      ),
    ).toBe('not_found');
    expect(achievements.listAchievements(db)).toEqual([]);
    expect(entry.id).toBeTruthy();
  });

  it('keeps the person wording, and an empty line goes back to the draft', () => {
    const { db } = setup();
    const made = achievements.createAchievement(db, { result: 'Won', happenedOn: '2026-01-01' });
    const edited = achievements.updateAchievement(db, {
      id: made.id,
      resumeLine: 'Won 3 pitches.',
    });
    expect(edited.resumeLine).toBe('Won 3 pitches.');
    expect(achievements.updateAchievement(db, { id: made.id, resumeLine: '' }).resumeLine).toBe(
      null,
    );
  });

  it('is hidden while its entry is in the trash, and goes with the entry when purged', () => {
    const { db, entry } = setup();
    const made = achievements.createAchievement(db, {
      result: 'Signed the pilot',
      happenedOn: '2026-02-10',
      entryId: entry.id,
    });
    journal.trashEntry(db, entry.id, NOW);
    expect(achievements.listAchievements(db)).toEqual([]);
    journal.restoreEntry(db, entry.id);
    expect(achievements.listAchievements(db).map((a) => a.id)).toEqual([made.id]);
    journal.trashEntry(db, entry.id, NOW);
    purgeExpiredTrash(db, new Date(NOW.getTime() + 31 * 86_400_000));
    expect(count(db)).toBe(0);
  });

  it('deletes by marking, and restores', () => {
    const { db } = setup();
    const made = achievements.createAchievement(db, { result: 'Won', happenedOn: '2026-01-01' });
    expect(achievements.deleteAchievement(db, made.id, NOW).deletedAt).toBe(NOW.toISOString());
    expect(achievements.listAchievements(db)).toEqual([]);
    expect(count(db)).toBe(1);
    achievements.restoreAchievement(db, made.id);
    expect(achievements.listAchievements(db)).toHaveLength(1);
  });
});

function count(db: Db): number {
  return db.prepare('SELECT count(*) FROM achievements').pluck().get() as number;
}

describe('a goal marked done', () => {
  it('becomes one achievement with its metric result, however often it is saved', () => {
    const { db, goal, aspiration } = setup();
    goals.updateGoal(
      db,
      { id: goal.id, metricCurrent: 41, status: 'done', completedOn: '2026-02-20' },
      NOW,
    );
    goals.updateGoal(db, { id: goal.id, title: 'Book 40 demos in a quarter' }, NOW);
    const [made, ...rest] = achievements.listAchievements(db);
    expect(rest).toEqual([]);
    expect(made).toMatchObject({
      source: 'goal',
      result: 'Book 40 demos in a quarter',
      metricValue: 41,
      metricUnit: 'demos',
      happenedOn: '2026-02-20',
      aspiration: { id: aspiration.id },
    });
    expect(count(db)).toBe(1);
  });

  it('is hidden when the goal is reopened and comes back with the person wording when done again', () => {
    const { db, goal } = setup();
    goals.updateGoal(db, { id: goal.id, status: 'done', completedOn: '2026-02-20' }, NOW);
    const [made] = achievements.listAchievements(db);
    achievements.updateAchievement(db, {
      id: made!.id,
      resumeLine: 'Booked 41 demos in one quarter.',
    });
    goals.updateGoal(db, { id: goal.id, status: 'in_progress' }, NOW);
    expect(achievements.listAchievements(db)).toEqual([]);
    goals.updateGoal(db, { id: goal.id, status: 'done', completedOn: '2026-02-28' }, NOW);
    const [back, ...rest] = achievements.listAchievements(db);
    expect(rest).toEqual([]);
    expect(back).toMatchObject({
      id: made!.id,
      resumeLine: 'Booked 41 demos in one quarter.',
      happenedOn: '2026-02-28',
    });
  });

  it('stays deleted when the person deleted it, while the goal stays done', () => {
    const { db, goal } = setup();
    goals.updateGoal(db, { id: goal.id, status: 'done' }, NOW);
    const [made] = achievements.listAchievements(db);
    achievements.deleteAchievement(db, made!.id, NOW);
    goals.updateGoal(db, { id: goal.id, title: 'Book forty demos' }, NOW);
    expect(achievements.listAchievements(db)).toEqual([]);
  });

  it('is hidden with the goal deleted, and a goal created done has one too', () => {
    const { db, aspiration, goal } = setup();
    goals.updateGoal(db, { id: goal.id, status: 'done' }, NOW);
    goals.deleteGoal(db, goal.id, NOW);
    expect(achievements.listAchievements(db)).toEqual([]);
    goals.createGoal(
      db,
      { aspirationId: aspiration.id, title: 'Ship it', dueDate: '2026-01-01', status: 'done' },
      NOW,
    );
    expect(achievements.listAchievements(db).map((a) => a.result)).toEqual(['Ship it']);
  });
});

describe('achievements through the router and the archive', () => {
  it('answers the channels, refusing a bad payload with a readable error', async () => {
    const { ctx } = setup();
    const router = createAppRouter(ctx);
    const made = await router.call('achievements:create', {
      result: 'Closed the Q1 deal',
      happenedOn: '2026-01-31',
    });
    expect(made).toMatchObject({ ok: true });
    const bad = await router.call('achievements:create', { result: '', happenedOn: 'soon' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const list = await router.call('achievements:list', { from: '2026-02-01', to: '2026-01-01' });
    expect(list).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('goes out in the export file and comes back in, and hand-edited bad rows are refused', () => {
    const source = setup();
    achievements.createAchievement(source.db, {
      entryId: source.entry.id,
      result: 'Doubled the pipeline',
      metricValue: 2,
      metricUnit: 'x',
      happenedOn: '2026-02-10',
      goalId: source.goal.id,
    });
    const text = archiveToText(exportArchive(source.db, NOW, '0.1.0'));
    const target = tempJournal();
    importArchive(target.db, text);
    expect(achievements.listAchievements(target.db).map((a) => a.result)).toEqual([
      'Doubled the pipeline',
    ]);
    const data = JSON.parse(text);
    const rows = data.tables.achievements.rows;
    rows[0].result = 'two\nlines';
    const empty = tempJournal();
    expect(codeOf(() => importArchive(empty.db, JSON.stringify(data)))).toBe('invalid_input');
    expect(count(empty.db)).toBe(0);
  });

  it('gives a goal its achievement under the goal id, the same in every copy of the journal', () => {
    const { db, goal } = setup();
    goals.updateGoal(db, { id: goal.id, status: 'done' }, NOW);
    expect(achievements.listAchievements(db).map((a) => a.id)).toEqual([goal.id]);
  });
});
