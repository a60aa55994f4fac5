import { describe, expect, it } from 'vitest';
import { createAchievement, listAchievements } from '../../src-main/achievements/service';
import { updateGoal } from '../../src-main/plan/goals';
import { planTree } from '../../src-main/plan/tree';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { createEntry } from '../../src-main/journal/service';
import { parsePrintQuery, printQuery } from '../../src-main/contract/print-route';
import { reviewPeriod } from '../../src-renderer/print/compose/review-pack';
import { buildPrintModel } from '../../src-renderer/print/model';
import { tempJournal } from './helpers';
import { planRecords } from './plan-helpers';
import { printOptions } from './print-options';

const NOW = new Date('2026-06-15T12:00:00Z');

const OPTIONS = printOptions({ layout: 'review-pack', includeTimeline: false });

function journal() {
  const { db } = tempJournal({ now: () => NOW });
  const plan = planRecords(db, NOW);
  const sales = plan.aspiration({ title: 'Lead a sales team' });
  const teach = plan.aspiration({ title: 'Teach negotiation' });
  const metric = { metricName: 'demos', metricTarget: 40, metricCurrent: 10 };
  const demos = plan.goal(sales, { title: 'Book 40 demos', dueDate: '2026-12-31', ...metric });
  const done = plan.goal(sales, { title: 'Close the pilot', dueDate: '2026-05-01' });
  updateGoal(db, { id: done.id, status: 'done', completedOn: '2026-04-20' }, NOW);
  const entry = createEntry(
    db,
    {
      entryDate: '2026-03-01',
      body: docFromParagraphs(['Call script', 'The script worked: a third more demos.']),
    },
    NOW,
  );
  createAchievement(
    db,
    {
      entryId: entry.id,
      passage: 'The script worked: a third more demos.',
      result: 'Booked more demos',
      metricValue: 32,
      metricUnit: '%',
      happenedOn: '2026-03-01',
      goalId: demos.id,
    },
    NOW,
  );
  createAchievement(
    db,
    { result: 'Ran a workshop', happenedOn: '2026-02-01', aspirationId: teach.id },
    NOW,
  );
  createAchievement(
    db,
    { result: 'Old news', happenedOn: '2025-01-01', aspirationId: sales.id },
    NOW,
  );
  createAchievement(db, { result: 'Passed the exam', happenedOn: '2026-05-05' }, NOW);
  return { tree: planTree(db, {}, NOW), achievements: listAchievements(db), sales, teach };
}

describe('the review pack', () => {
  it('covers the last 12 months by default, or the chosen period', () => {
    expect(reviewPeriod({}, '2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
    expect(
      reviewPeriod({ reviewFrom: '2026-01-01', reviewTo: '2026-03-31' }, '2026-06-15'),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('groups the period’s achievements by chosen aspiration with the goals they moved, no journal text', () => {
    const { tree, achievements, sales, teach } = journal();
    const model = buildPrintModel(
      { ...OPTIONS, aspirationIds: [sales.id, teach.id] },
      { ...tree, today: '2026-06-15' },
      [],
      [],
      { achievements },
    );
    const pack = model.review!;
    expect(
      pack.groups.map((g) => [g.aspiration?.title ?? null, g.items.map((i) => i.line)]),
    ).toEqual([
      ['Lead a sales team', ['Closed the pilot.', 'Booked more demos by 32%.']],
      ['Teach negotiation', ['Ran a workshop.']],
      [null, ['Passed the exam.']],
    ]);
    expect(pack.groups[0]!.goals.map((g) => [g.title, g.status, g.percent])).toEqual([
      ['Close the pilot', 'done', 100],
      ['Book 40 demos', 'planned', 25],
    ]);
    expect(pack.count).toBe(4);
    expect(JSON.stringify(pack)).not.toMatch(/script worked/);
  });

  it('quotes the marked passage only when journal text is ticked, and leaves out unchosen aspirations', () => {
    const { tree, achievements, sales } = journal();
    const model = buildPrintModel(
      { ...OPTIONS, aspirationIds: [sales.id], includeJournal: true },
      { ...tree, today: '2026-06-15' },
      [],
      [],
      { achievements },
    );
    const items = model.review!.groups.flatMap((g) => g.items);
    expect(items.find((i) => i.result === 'Booked more demos')?.passage).toBe(
      'The script worked: a third more demos.',
    );
    expect(items.map((i) => i.result)).not.toContain('Ran a workshop');
  });

  it('is not built for other layouts', () => {
    const { tree, achievements } = journal();
    expect(
      buildPrintModel({ ...OPTIONS, layout: 'full' }, tree, [], [], { achievements }).review,
    ).toBe(null);
  });

  it('carries its period in the print address, and refuses a date that is not a day', () => {
    const options = { ...OPTIONS, reviewFrom: '2026-01-01', reviewTo: '2026-03-31' };
    expect(parsePrintQuery(printQuery(options))).toEqual({
      ok: true,
      options: expect.objectContaining(options),
    });
    expect(parsePrintQuery('layout=review-pack&paper=a4&from=2026-02-30')).toMatchObject({
      ok: false,
    });
  });
});
