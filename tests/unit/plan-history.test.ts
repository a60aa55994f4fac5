import { describe, expect, it } from 'vitest';
import type { GoalSnapshot } from '../../src-main/contract/plan';
import * as aspirations from '../../src-main/plan/aspirations';
import * as goals from '../../src-main/plan/goals';
import { EDIT_SESSION_MS, listHistory } from '../../src-main/plan/history';
import { restoreRevision } from '../../src-main/plan/restore';
import { changesBetween, goalSnapshot, summarize } from '../../src-main/plan/revisions';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { totalChanges } from './helpers';
import { journalWithAspiration } from './plan-helpers';

const HOUR = 3_600_000;

function setup() {
  const { ctx, clock, aspiration } = journalWithAspiration({
    title: 'Become creative director',
    horizonDate: '2030-12-31',
  });
  const goal = goals.createGoal(
    ctx.db,
    { aspirationId: aspiration.id, title: 'Win 30 pitches', dueDate: '2029-06-30' },
    clock.now(),
  );
  return { ...ctx, clock, aspiration, goal };
}

describe('what changed between two versions', () => {
  const base: GoalSnapshot = {
    aspirationId: 'a',
    title: 'Win 30 pitches',
    specificWhat: '',
    specificWhy: 'Clients',
    metricName: 'pitches won',
    metricUnit: '',
    metricTarget: 30,
    metricCurrent: 2,
    obstacles: 'Few pitches',
    actionPlan: '',
    realisticWhy: '',
    letGo: '',
    startDate: null,
    dueDate: '2029-06-30',
    status: 'planned',
    completedOn: null,
  };

  it('names each changed field in words, quoting short values and only naming long ones', () => {
    const changes = changesBetween('goal', base, {
      ...base,
      title: 'Win 50 pitches',
      specificWhat: 'Win them with the team',
      specificWhy: 'Clients and awards',
      obstacles: '',
      metricTarget: 50,
      startDate: '2026-02-01',
      dueDate: '2029-12-31',
      status: 'in_progress',
    });
    expect(changes.map((c) => c.description)).toEqual([
      'Title: “Win 30 pitches” → “Win 50 pitches”',
      'Specific (what exactly) added',
      'Specific (why it matters) rewritten',
      'Target: 30 → 50',
      'Obstacles cleared',
      'Start date set to 1 February 2026',
      'Due date: 30 June 2029 → 31 December 2029',
      'Status: planned → in progress',
    ]);
    expect(summarize('edited', changes.slice(0, 1))).toBe(
      'Title: “Win 30 pitches” → “Win 50 pitches”.',
    );
    expect(summarize('restored', changes.slice(0, 1), 'Restored version 1')).toBe(
      'Restored version 1: Title: “Win 30 pitches” → “Win 50 pitches”.',
    );
    expect(summarize('created', [], 'Created from the Sales template')).toBe(
      'Created from the Sales template.',
    );
  });

  it('tells a rewritten statement from a reformatted one', () => {
    const statement = docFromParagraphs(['Lead the studio']);
    const bold = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Lead the studio', marks: [{ type: 'bold' }] }],
        },
      ],
    };
    const snap = {
      title: 'A',
      statement,
      horizonDate: null,
      status: 'active' as const,
      achievedOn: null,
      retiredOn: null,
      retiredReason: null,
      replacedBy: null,
    };
    expect(changesBetween('aspiration', snap, { ...snap, statement: bold })[0]?.description).toBe(
      'Statement formatting changed',
    );
    expect(
      changesBetween('aspiration', snap, {
        ...snap,
        statement: docFromParagraphs(['Run my own studio']),
      })[0]?.description,
    ).toBe('Statement rewritten');
  });
});

describe('versions of goals and aspirations', () => {
  it('keeps the first version when a goal is created, and each later change as a new one', () => {
    const { db, clock, goal } = setup();
    clock.advance(HOUR);
    goals.updateGoal(db, { id: goal.id, title: 'Win 50 pitches' }, clock.now());
    clock.advance(HOUR);
    goals.updateGoal(db, { id: goal.id, dueDate: '2029-12-31' }, clock.now());

    const history = listHistory(db, 'goal', goal.id);
    expect(history.map((v) => [v.version, v.cause, v.current, v.summary])).toEqual([
      [3, 'edited', true, 'Due date: 30 June 2029 → 31 December 2029.'],
      [2, 'edited', false, 'Title: “Win 30 pitches” → “Win 50 pitches”.'],
      [1, 'created', false, 'Created.'],
    ]);
    expect((history[2]!.snapshot as GoalSnapshot).title).toBe('Win 30 pitches');
    expect(history[0]!.createdAt).toBe(clock.now().toISOString());
  });

  it('writes nothing at all when a save changes nothing (an idle autosave)', () => {
    const ctx = setup();
    const before = totalChanges(ctx);
    const same = goals.updateGoal(ctx.db, { id: ctx.goal.id, title: 'Win 30 pitches' });
    expect(totalChanges(ctx)).toBe(before);
    expect(same.updatedAt).toBe(ctx.goal.updatedAt);
    expect(listHistory(ctx.db, 'goal', ctx.goal.id)).toHaveLength(1);
  });

  it('keeps an editing session (saves minutes apart) as one version, and the state before it', () => {
    const { db, clock, goal } = setup();
    clock.advance(HOUR);
    for (const title of ['Win 4', 'Win 40', 'Win 40 pitches']) {
      goals.updateGoal(db, { id: goal.id, title }, clock.now());
      clock.advance(30_000);
    }
    goals.updateGoal(db, { id: goal.id, metricTarget: 40 }, clock.now());
    let history = listHistory(db, 'goal', goal.id);
    expect(history.map((v) => v.summary)).toEqual([
      'Title: “Win 30 pitches” → “Win 40 pitches”; Target set to 40.',
      'Created.',
    ]);

    // Later, after a pause longer than a session, the next edit is a version of its own.
    clock.advance(EDIT_SESSION_MS + 1);
    goals.updateGoal(db, { id: goal.id, metricCurrent: 3 }, clock.now());
    history = listHistory(db, 'goal', goal.id);
    expect(history.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('drops a session that edits everything back to how it was', () => {
    const { db, clock, goal } = setup();
    clock.advance(HOUR);
    goals.updateGoal(db, { id: goal.id, title: 'Oops' }, clock.now());
    clock.advance(10_000);
    goals.updateGoal(db, { id: goal.id, title: 'Win 30 pitches' }, clock.now());
    expect(listHistory(db, 'goal', goal.id).map((v) => v.version)).toEqual([1]);
  });

  it('restores an old goal title as a new version, keeping the versions in between', () => {
    const { db, clock, goal } = setup();
    clock.advance(HOUR);
    goals.updateGoal(db, { id: goal.id, title: 'Win 50 pitches', metricTarget: 50 }, clock.now());
    const [, first] = listHistory(db, 'goal', goal.id);

    clock.advance(HOUR);
    const restored = restoreRevision(db, first!.id, clock.now());
    expect(restored).toMatchObject({
      kind: 'goal',
      goal: { title: 'Win 30 pitches', metricTarget: null },
    });
    expect(goals.requireGoal(db, goal.id).title).toBe('Win 30 pitches');

    const history = listHistory(db, 'goal', goal.id);
    expect(history.map((v) => [v.version, v.cause])).toEqual([
      [3, 'restored'],
      [2, 'edited'],
      [1, 'created'],
    ]);
    expect(history[0]!.summary).toBe(
      'Restored version 1: Title: “Win 50 pitches” → “Win 30 pitches”; Target cleared (was 50).',
    );
    // And the restore itself can be undone by restoring version 2.
    restoreRevision(db, history[1]!.id, clock.now());
    expect(goals.requireGoal(db, goal.id).title).toBe('Win 50 pitches');
  });

  it('restores an aspiration’s statement, horizon and status', () => {
    const { db, clock, aspiration } = setup();
    clock.advance(HOUR);
    aspirations.updateAspiration(
      db,
      { id: aspiration.id, statement: docFromParagraphs(['Lead a studio']), horizonDate: null },
      clock.now(),
    );
    clock.advance(HOUR);
    aspirations.retireAspiration(db, { id: aspiration.id, reason: 'I want to teach' }, clock.now());
    const history = listHistory(db, 'aspiration', aspiration.id);
    expect(history.map((v) => v.summary)).toEqual([
      'Retired: “I want to teach”.',
      'Statement written; Horizon cleared (was 31 December 2030).',
      'Created.',
    ]);
    clock.advance(HOUR);
    const { aspiration: back } = restoreRevision(db, history[2]!.id, clock.now()) as {
      aspiration: ReturnType<typeof aspirations.requireAspiration>;
    };
    expect(back).toMatchObject({
      status: 'active',
      retiredOn: null,
      retiredReason: null,
      horizonDate: '2030-12-31',
      statementText: '',
    });
  });

  it('keeps the goal under the aspiration it is under now when restoring', () => {
    const { db, clock, goal } = setup();
    const snapshot = goalSnapshot(goal);
    expect(snapshot.aspirationId).toBe(goal.aspirationId);
    const other = aspirations.createAspiration(db, { title: 'Teach design' }, clock.now());
    clock.advance(HOUR);
    goals.saveGoal(db, goal, { aspirationId: other.id }, 'moved', clock.now());
    const [, first] = listHistory(db, 'goal', goal.id);
    restoreRevision(db, first!.id, clock.now());
    expect(goals.requireGoal(db, goal.id).aspirationId).toBe(other.id);
  });

  it('answers not_found for the history of something deleted or unknown', () => {
    const { db, goal } = setup();
    goals.deleteGoal(db, goal.id);
    expect(() => listHistory(db, 'goal', goal.id)).toThrow(/no longer exists/);
    expect(() => restoreRevision(db, 'nope')).toThrow(/no longer exists/);
  });
});
