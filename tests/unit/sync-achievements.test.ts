import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  listAchievements,
  updateAchievement,
} from '../../src-main/achievements/service';
import type { Db } from '../../src-main/db/open';
import { createEntry, trashEntry } from '../../src-main/journal/service';
import { purgeExpiredTrash } from '../../src-main/journal/trash';
import { updateGoal } from '../../src-main/plan/goals';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import { replica, settle, twoComputers } from './sync-helpers';
import { planRecords } from './plan-helpers';

const text = (words: string): RichTextNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

const count = (db: Db) => db.prepare('SELECT count(*) FROM achievements').pluck().get() as number;

describe('sync of achievements', () => {
  it('carries an achievement marked in an entry, and edits made to it on either computer', async () => {
    const { a, b } = await twoComputers();
    const entry = createEntry(a.ctx.db, {
      body: text('Shipped the new onboarding; signups up 18%.'),
    });
    const made = createAchievement(a.ctx.db, {
      entryId: entry.id,
      passage: 'signups up 18%',
      result: 'Raised signups with a new onboarding',
      metricValue: 18,
      metricUnit: '%',
      happenedOn: '2026-03-10',
    });
    await settle(a, b);
    const withoutStamps = (db: Db) =>
      listAchievements(db).map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(withoutStamps(b.ctx.db)).toEqual(withoutStamps(a.ctx.db));
    expect(listAchievements(b.ctx.db)[0]).toMatchObject({
      id: made.id,
      entry: { id: entry.id },
      result: 'Raised signups with a new onboarding',
      metricValue: 18,
    });

    // Apart: one rewords the résumé line, the other corrects the number. Both are kept.
    updateAchievement(b.ctx.db, { id: made.id, resumeLine: 'Lifted signups 18% in one quarter.' });
    updateAchievement(a.ctx.db, { id: made.id, metricValue: 19 });
    await settle(a, b);
    for (const r of [a, b]) {
      expect(listAchievements(r.ctx.db)).toEqual([
        expect.objectContaining({
          resumeLine: 'Lifted signups 18% in one quarter.',
          metricValue: 19,
        }),
      ]);
    }
  });

  it('keeps one achievement for a goal done on both computers while apart', async () => {
    const { a, b } = await twoComputers();
    const plan = planRecords(a.ctx.db);
    const aspiration = plan.aspiration({ title: 'Lead a design team' });
    const goal = plan.goal(aspiration, {
      title: 'Run a workshop',
      dueDate: '2026-09-01',
      metricName: 'attendees',
      metricTarget: 12,
    });
    await settle(a, b);
    updateGoal(a.ctx.db, { id: goal.id, status: 'done', completedOn: '2026-06-01' });
    updateGoal(b.ctx.db, { id: goal.id, status: 'done', completedOn: '2026-06-01' });
    await settle(a, b);
    for (const r of [a, b]) {
      expect(count(r.ctx.db)).toBe(1);
      expect(listAchievements(r.ctx.db)).toEqual([
        expect.objectContaining({ id: goal.id, source: 'goal', result: 'Run a workshop' }),
      ]);
    }

    // Done on one only: the other gets it from the goal and from the record, still once.
    const second = plan.goal(aspiration, { title: 'Mentor two juniors', dueDate: '2026-12-01' });
    await settle(a, b);
    updateGoal(a.ctx.db, { id: second.id, status: 'done', completedOn: '2026-07-01' });
    updateAchievement(a.ctx.db, { id: second.id, resumeLine: 'Mentored two junior designers.' });
    await settle(a, b);
    expect(count(b.ctx.db)).toBe(2);
    expect(listAchievements(b.ctx.db).find((x) => x.id === second.id)).toMatchObject({
      resumeLine: 'Mentored two junior designers.',
    });
  });

  it('does not bring back an achievement whose entry was purged for good', async () => {
    let clock = new Date('2026-01-01T10:00:00Z');
    const { folder, a, b } = await twoComputers({ now: () => clock });
    const entry = createEntry(a.ctx.db, { body: text('Led the redesign.') }, clock);
    createAchievement(
      a.ctx.db,
      { entryId: entry.id, result: 'Led the redesign', happenedOn: '2026-03-10' },
      clock,
    );
    trashEntry(a.ctx.db, entry.id, clock);
    await settle(a, b);
    expect(count(b.ctx.db)).toBe(1);
    clock = new Date('2026-06-01T10:00:00Z');
    expect(purgeExpiredTrash(a.ctx.db, clock)).toBe(1);
    await settle(a, b);
    expect(count(a.ctx.db)).toBe(0);
    expect(count(b.ctx.db)).toBe(0);

    // A computer joining later reads the achievement and its entry's tombstone: it stays gone.
    const c = await replica(folder, 'device-c');
    const report = await c.sync();
    expect(report.skipped).toEqual([]);
    expect(count(c.ctx.db)).toBe(0);
    expect((await b.sync()).skipped).toEqual([]);
  });
});
