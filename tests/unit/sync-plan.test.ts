import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/shared/rich-text-node';
import {
  createAspiration,
  deleteAspiration,
  requireAspiration,
  updateAspiration,
} from '../../src-main/plan/aspirations';
import { createStep, requireGoal, updateGoal, updateStep } from '../../src-main/plan/goals';
import { listHistory } from '../../src-main/plan/history';
import { planRepository } from '../../src-main/plan/repository';
import { restoreRevision } from '../../src-main/plan/restore';
import { addLink, linksOfEntry } from '../../src-main/links/service';
import { createEntry } from '../../src-main/journal/service';
import { deleteCheck, getDraft, saveCheck, saveDraft } from '../../src-main/values/checks';
import { valuesHistory } from '../../src-main/values/overview';
import { settle, twoComputers } from './sync-helpers';
import { finalAnswers } from './values-helpers';
import { planRecords } from './plan-helpers';

const statement = (text: string): RichTextNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Two computers that both hold one aspiration with one goal, due 1 December 2026. */
async function twoWithGoal(aspirationTitle: string, goalTitle: string) {
  const { a, b } = await twoComputers();
  const plan = planRecords(a.ctx.db);
  const aspiration = plan.aspiration({ title: aspirationTitle });
  const goal = plan.goal(aspiration, { title: goalTitle, dueDate: '2026-12-01' });
  await settle(a, b);
  return { a, b, aspiration, goal };
}

describe('sync of the plan', () => {
  it('carries aspirations, goals with their SMART fields and steps, and links to them', async () => {
    const { a, b } = await twoComputers();
    const plan = planRecords(a.ctx.db);
    const aspiration = plan.aspiration({
      title: 'Lead a design team',
      statement: statement('Within five years.'),
      horizonDate: '2030-01-01',
    });
    const goal = plan.goal(aspiration, {
      title: 'Run a workshop',
      dueDate: '2026-09-01',
      specificWhat: 'A half-day workshop',
      metricName: 'attendees',
      metricTarget: 12,
    });
    const step = createStep(a.ctx.db, { goalId: goal.id, text: 'Book a room' });
    const entry = createEntry(a.ctx.db, { body: statement('Planned the workshop.') });
    addLink(a.ctx.db, { entryId: entry.id, targetKind: 'goal', targetId: goal.id });
    await settle(a, b);

    expect(requireAspiration(b.ctx.db, aspiration.id)).toMatchObject({
      title: 'Lead a design team',
      statement: statement('Within five years.'),
      horizonDate: '2030-01-01',
    });
    expect(requireGoal(b.ctx.db, goal.id)).toMatchObject({
      title: 'Run a workshop',
      specificWhat: 'A half-day workshop',
      metricTarget: 12,
      dueDate: '2026-09-01',
    });
    expect(
      planRepository(b.ctx.db)
        .stepsOf(goal.id)
        .map((s) => s.text),
    ).toEqual(['Book a room']);
    expect(linksOfEntry(b.ctx.db, entry.id).map((l) => l.targetId)).toEqual([goal.id]);

    updateStep(b.ctx.db, { id: step.id, done: true });
    updateGoal(b.ctx.db, { id: goal.id, status: 'in_progress' });
    deleteAspiration(b.ctx.db, aspiration.id);
    await settle(a, b);
    expect(planRepository(a.ctx.db).step(step.id)?.done).toBe(1);
    expect(planRepository(a.ctx.db).goal(goal.id)?.status).toBe('in_progress');
    expect(planRepository(a.ctx.db).aspiration(aspiration.id)?.deleted_at).not.toBeNull();
  });

  it('settles a title changed on both computers on one value and keeps the other in History', async () => {
    const { a, b, goal } = await twoWithGoal('Write', 'Draft');

    updateGoal(a.ctx.db, { id: goal.id, title: 'Draft the novel' });
    updateGoal(b.ctx.db, { id: goal.id, title: 'Draft three chapters' });
    await settle(a, b);

    const winner = requireGoal(a.ctx.db, goal.id).title;
    expect(requireGoal(b.ctx.db, goal.id).title).toBe(winner);
    const loser = winner === 'Draft the novel' ? 'Draft three chapters' : 'Draft the novel';
    for (const r of [a, b]) {
      const history = listHistory(r.ctx.db, 'goal', goal.id);
      const titles = history.map((v) => (v.snapshot as { title: string }).title);
      expect(titles).toContain(winner);
      // The computer whose value lost keeps it as an earlier version, restorable from History.
      if (r === (winner === 'Draft the novel' ? b : a)) {
        expect(titles).toContain(loser);
        const version = history.find((v) => (v.snapshot as { title: string }).title === loser)!;
        restoreRevision(r.ctx.db, version.id);
        expect(requireGoal(r.ctx.db, goal.id).title).toBe(loser);
      }
    }
  });

  it('keeps a status and its date together when they change on both computers', async () => {
    const { a, b, aspiration, goal } = await twoWithGoal('Ship', 'Launch');
    updateGoal(a.ctx.db, { id: goal.id, status: 'done', completedOn: '2026-11-01' });
    updateGoal(b.ctx.db, { id: goal.id, status: 'dropped' });
    updateAspiration(b.ctx.db, { id: aspiration.id, title: 'Ship it' });
    await settle(a, b);
    const onA = requireGoal(a.ctx.db, goal.id);
    expect(requireGoal(b.ctx.db, goal.id)).toMatchObject({
      status: onA.status,
      completedOn: onA.completedOn,
    });
    expect(onA.status === 'done' ? onA.completedOn : null).toBe(onA.completedOn);
    expect(requireAspiration(a.ctx.db, aspiration.id).title).toBe('Ship it');
  });

  it('carries saved values checks and their deletion; a draft stays where it is being written', async () => {
    const { a, b } = await twoComputers();
    const aspiration = createAspiration(a.ctx.db, { title: 'Teach' });
    const saved = saveCheck(a.ctx.db, {
      aspirationId: aspiration.id,
      answers: finalAnswers({ passion: 'partly' }, { passion: 'Better lately' }),
      excitement: 4,
      fear: 2,
    });
    saveDraft(a.ctx.db, { aspirationId: aspiration.id, answers: { passion: { answer: 'no' } } });
    await settle(a, b);
    const history = valuesHistory(b.ctx.db, aspiration.id).checks;
    expect(history.map((check) => check.id)).toEqual([saved.id]);
    expect(history[0]).toMatchObject({ excitement: 4, fear: 2 });
    expect(history[0]!.answers.passion).toEqual({ answer: 'partly', note: 'Better lately' });
    expect(getDraft(b.ctx.db, aspiration.id)).toBeNull();
    expect(getDraft(a.ctx.db, aspiration.id)).not.toBeNull();

    deleteCheck(b.ctx.db, saved.id);
    await settle(a, b);
    expect(valuesHistory(a.ctx.db, aspiration.id).checks).toEqual([]);
  });
});
