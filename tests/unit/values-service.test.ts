import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { openJournal } from '../../src-main/core/open-journal';
import * as aspirations from '../../src-main/plan/aspirations';
import * as checks from '../../src-main/values/checks';
import { valuesHistory, valuesOverview } from '../../src-main/values/overview';
import { tempDir, totalChanges } from './helpers';
import { journalWithAspiration, NOON_ISH, TODAY } from './plan-helpers';
import { finalAnswers, saveFinishedCheck } from './values-helpers';

const DAY = 86_400_000;

const setup = () => journalWithAspiration();

describe('drafts', () => {
  it('start on the first answer, take later answers one by one, and are saved dated today', () => {
    const { db, aspiration, clock } = setup();
    expect(checks.getDraft(db, aspiration.id)).toBeNull();
    const first = checks.saveDraft(
      db,
      {
        aspirationId: aspiration.id,
        answers: { passion: { answer: 'partly', note: 'Some days' } },
      },
      clock.now(),
    );
    expect(first).toMatchObject({ status: 'draft', checkedOn: TODAY, excitement: null });
    expect(first.fit).toMatchObject({ percent: 50, answered: 1 });

    clock.advance(60_000);
    const second = checks.saveDraft(
      db,
      { aspirationId: aspiration.id, answers: { realism: { answer: 'yes' } }, excitement: 4 },
      clock.now(),
    );
    expect(second.id).toBe(first.id);
    expect(second.answers.passion).toEqual({ answer: 'partly', note: 'Some days' });
    expect(second.answers.realism).toEqual({ answer: 'yes', note: '' });
    expect(second.excitement).toBe(4);
    expect(second.updatedAt).not.toBe(first.updatedAt);

    // An answer can be taken back (null) while the note stays.
    const third = checks.saveDraft(db, {
      aspirationId: aspiration.id,
      answers: { passion: { answer: null } },
    });
    expect(third.answers.passion).toEqual({ answer: null, note: 'Some days' });
    expect(checks.getDraft(db, aspiration.id)?.answers.passion).toEqual(third.answers.passion);
  });

  it('write nothing when an autosave brings nothing new', () => {
    const { ctx, db, aspiration } = setup();
    const input = { aspirationId: aspiration.id, answers: { growth: { answer: 'yes' as const } } };
    checks.saveDraft(db, input);
    const before = totalChanges(ctx);
    checks.saveDraft(db, input);
    checks.saveDraft(db, { aspirationId: aspiration.id });
    expect(totalChanges(ctx)).toBe(before);
  });

  it('survive closing the app', () => {
    const dataDir = tempDir();
    const first = openJournal({ dataDir, host: 'web', now: NOON_ISH });
    const aspiration = aspirations.createAspiration(first.db, { title: 'Teach design' });
    checks.saveDraft(first.db, {
      aspirationId: aspiration.id,
      answers: { honesty: { answer: 'no', note: 'I wrote what my manager wants' } },
      fear: 5,
    });
    first.session.close();
    const again = openJournal({ dataDir, host: 'web', now: NOON_ISH });
    try {
      const draft = checks.getDraft(again.db, aspiration.id);
      expect(draft?.answers.honesty).toEqual({
        answer: 'no',
        note: 'I wrote what my manager wants',
      });
      expect(draft?.fear).toBe(5);
      expect(valuesOverview(again.db, NOON_ISH()).scorecards[0]?.draft).toMatchObject({
        id: draft?.id,
        answered: 1,
      });
    } finally {
      again.session.close();
    }
  });

  it('become the saved check, so no draft is left behind', () => {
    const { db, aspiration, clock } = setup();
    const draft = checks.saveDraft(db, {
      aspirationId: aspiration.id,
      answers: { passion: { answer: 'no' } },
    });
    const saved = saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { passion: 'partly' },
      notes: { passion: '  Better lately  ' },
      excitement: 3,
    });
    expect(saved).toMatchObject({ id: draft.id, status: 'saved', checkedOn: TODAY, drift: null });
    expect(saved.answers.passion).toEqual({ answer: 'partly', note: 'Better lately' });
    expect(saved.savedAt).not.toBeNull();
    expect(checks.getDraft(db, aspiration.id)).toBeNull();
  });

  it('can be discarded and brought back with Undo, unless a newer draft has started', () => {
    const { db, aspiration } = setup();
    const draft = checks.saveDraft(db, {
      aspirationId: aspiration.id,
      answers: { passion: { answer: 'no' } },
    });
    checks.deleteCheck(db, draft.id);
    expect(checks.getDraft(db, aspiration.id)).toBeNull();
    expect(checks.restoreCheck(db, draft.id).deletedAt).toBeNull();
    expect(checks.getDraft(db, aspiration.id)?.id).toBe(draft.id);

    checks.deleteCheck(db, draft.id);
    checks.saveDraft(db, { aspirationId: aspiration.id, answers: { growth: { answer: 'yes' } } });
    expect(() => checks.restoreCheck(db, draft.id)).toThrow(/newer unfinished check/);
  });
});

describe('saved checks', () => {
  it('keep their history in order with drift, the worse answers in words', () => {
    const { db, aspiration, clock } = setup();
    saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { realism: 'partly' },
      excitement: 5,
    });
    clock.advance(40 * DAY);
    const second = saveFinishedCheck(db, aspiration.id, clock.now(), {
      answers: { passion: 'no', realism: 'yes' },
      excitement: 3,
      fear: 4,
    });
    expect(second.checkedOn).toBe('2026-02-24');
    expect(second.drift?.worse).toEqual(['Passion went from Yes to No.']);
    expect(second.drift).toMatchObject({ better: 1, worseCount: 1, same: 6, fitChange: 88 - 94 });
    expect(second.signal).toBe('It scares you more than it excites you.');

    const history = valuesHistory(db, aspiration.id);
    expect(history.checks.map((c) => c.checkedOn)).toEqual(['2026-01-15', '2026-02-24']);
    expect(history.checks[0]?.drift).toBeNull();
    expect(history.checks[1]?.drift?.previousId).toBe(history.checks[0]?.id);
  });

  it('on the same day are ordered by when they were saved', () => {
    const { db, aspiration, clock } = setup();
    const morning = saveFinishedCheck(db, aspiration.id, clock.now());
    clock.advance(60_000);
    const later = saveFinishedCheck(db, aspiration.id, clock.now(), { answers: { growth: 'no' } });
    expect(valuesHistory(db, aspiration.id).checks.map((c) => c.id)).toEqual([
      morning.id,
      later.id,
    ]);
    expect(later.drift?.worse).toEqual(['Personal growth went from Yes to No.']);
  });

  it('may be dated in the past but not in the future', () => {
    const { db, aspiration } = setup();
    const input = { aspirationId: aspiration.id, answers: finalAnswers(), excitement: 3, fear: 3 };
    expect(checks.saveCheck(db, { ...input, checkedOn: '2025-12-01' }, NOON_ISH()).checkedOn).toBe(
      '2025-12-01',
    );
    expect(() => checks.saveCheck(db, { ...input, checkedOn: '2026-01-16' }, NOON_ISH())).toThrow(
      /cannot be dated in the future/,
    );
  });

  it('are deleted and restored (Undo), and the drift closes over the gap', () => {
    const { db, aspiration, clock } = setup();
    const save = (overrides: Parameters<typeof finalAnswers>[0]) => {
      clock.advance(DAY);
      return saveFinishedCheck(db, aspiration.id, clock.now(), {
        answers: overrides,
        excitement: 3,
        fear: 3,
      });
    };
    save({ passion: 'no' });
    const middle = save({ passion: 'yes' });
    save({ passion: 'partly' });
    checks.deleteCheck(db, middle.id);
    const without = valuesHistory(db, aspiration.id).checks;
    expect(without).toHaveLength(2);
    expect(without[1]?.drift?.questions.find((q) => q.key === 'passion')?.movement).toBe('better');
    expect(() => checks.deleteCheck(db, middle.id)).toThrow(/no longer exists/);
    checks.restoreCheck(db, middle.id);
    const back = valuesHistory(db, aspiration.id).checks;
    expect(back.map((c) => c.id)).toContain(middle.id);
    expect(back[2]?.drift?.worse).toEqual(['Passion went from Yes to Partly.']);
  });

  it('refuses an incomplete check through the router, naming the question left open', async () => {
    const { ctx, aspiration } = setup();
    const router = createAppRouter(ctx);
    const answers: Record<string, unknown> = finalAnswers();
    answers.passion = { answer: null };
    const result = await router.call('values:saveCheck', {
      aspirationId: aspiration.id,
      answers,
      excitement: 3,
      fear: 6,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) {
      expect(result.error.fields).toEqual(
        expect.arrayContaining([
          { path: 'answers.passion.answer', message: 'Answer Yes, Partly or No.' },
          { path: 'fear', message: 'Choose from 1 to 5.' },
        ]),
      );
    }
  });
});
