import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeAnswers,
  driftBetween,
  dueForCheck,
  fitScore,
  ratingsSignal,
  type NudgeCandidate,
} from '../../src-main/shared/values/rules';
import {
  VALUES_ANSWERS,
  VALUES_QUESTION_KEYS,
  VALUES_QUESTIONS,
} from '../../src-main/shared/values/questions';
import { answersOf, STORED_QUESTION_KEYS } from './values-helpers';

describe('the eight questions', () => {
  it('have unique, stable keys in the order of the evaluation list', () => {
    expect(VALUES_QUESTIONS.map((q) => q.key)).toEqual(STORED_QUESTION_KEYS);
    for (const question of VALUES_QUESTIONS) {
      expect(question.question).toMatch(/\?$/);
      expect(question.prompt).toMatch(/\?$/);
      expect(question.label.length).toBeGreaterThan(3);
    }
  });
});

describe('the fit score', () => {
  it('counts Yes as 2, Partly as 1 and No as 0, as a percent of the points possible', () => {
    expect(fitScore(answersOf()).percent).toBe(100);
    expect(fitScore(answersOf({}, 'no')).percent).toBe(0);
    expect(fitScore(answersOf({}, 'partly')).percent).toBe(50);
    // 7 × 2 + 1 = 15 of 16 → 93.75 → 94
    expect(fitScore(answersOf({ passion: 'partly' }))).toMatchObject({
      percent: 94,
      points: 15,
      maxPoints: 16,
      answered: 8,
      label: 'Fit 94%',
    });
    // 6 × 2 + 0 + 1 = 13 of 16 → 81.25 → 81
    expect(fitScore(answersOf({ passion: 'no', realism: 'partly' })).percent).toBe(81);
  });

  it('leaves open questions out rather than counting them as No', () => {
    const score = fitScore(answersOf({ passion: 'yes', realism: 'no' }, null));
    expect(score).toMatchObject({ percent: 50, points: 2, maxPoints: 4, answered: 2 });
    expect(score.label).toBe('Fit 50% (2 of 8 answered)');
  });

  it('has no score when nothing is answered', () => {
    expect(fitScore(answersOf({}, null))).toMatchObject({
      percent: null,
      answered: 0,
      label: 'No answers yet',
    });
  });

  it('is always a whole percent between 0 and 100, and never falls when an answer improves', () => {
    const answer = fc.constantFrom(...VALUES_ANSWERS, null);
    const answers = fc.tuple(...VALUES_QUESTION_KEYS.map(() => answer));
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 7 }), (values, index) => {
        const build = (list: typeof values) =>
          answersOf(Object.fromEntries(VALUES_QUESTION_KEYS.map((k, i) => [k, list[i]])), null);
        const score = fitScore(build(values));
        if (score.percent !== null) {
          expect(Number.isInteger(score.percent)).toBe(true);
          expect(score.percent).toBeGreaterThanOrEqual(0);
          expect(score.percent).toBeLessThanOrEqual(100);
        }
        if (values[index] === 'no' || values[index] === 'partly') {
          const improved = [...values];
          improved[index] = values[index] === 'no' ? 'partly' : 'yes';
          expect(fitScore(build(improved)).percent).toBeGreaterThan(score.percent as number);
        }
      }),
    );
  });
});

describe('drift between two checks', () => {
  const check = (
    id: string,
    checkedOn: string,
    answers = answersOf(),
    excitement = 4,
    fear = 2,
  ) => ({
    id,
    checkedOn,
    answers,
    excitement,
    fear,
  });

  it('marks each question better, worse or the same, and says the worse ones in words', () => {
    const first = check('a', '2026-03-03', answersOf({ realism: 'no', growth: 'partly' }));
    const second = check(
      'b',
      '2026-06-05',
      answersOf({ passion: 'partly', honesty: 'no', realism: 'partly' }),
      2,
      3,
    );
    const drift = driftBetween(first, second);
    const movement = Object.fromEntries(drift.questions.map((q) => [q.key, q.movement]));
    expect(movement).toEqual({
      independence: 'same',
      confidence: 'same',
      passion: 'worse',
      honesty: 'worse',
      realism: 'better',
      goalsApart: 'same',
      growth: 'better',
      excitementFear: 'same',
    });
    expect(drift.worse).toEqual([
      'Passion went from Yes to Partly.',
      'Honesty with yourself went from Yes to No.',
    ]);
    expect(drift).toMatchObject({
      previousId: 'a',
      previousOn: '2026-03-03',
      better: 2,
      worseCount: 2,
      same: 4,
      excitementChange: -2,
      fearChange: 1,
    });
    // Before: 2+2+2+2+0+2+1+2 = 13 of 16 → 81%. After: 2+2+1+0+1+2+2+2 = 12 of 16 → 75%.
    expect(drift.fitChange).toBe(75 - 81);
    expect(drift.summary).toBe('Since 3 March 2026: 2 better, 2 worse, 4 the same.');
  });

  it('cannot compare a question that either check left open', () => {
    const drift = driftBetween(
      check('a', '2026-01-01', answersOf({ passion: null })),
      check('b', '2026-02-01', answersOf({ growth: null })),
    );
    expect(drift.questions.filter((q) => q.movement === 'unknown').map((q) => q.key)).toEqual([
      'passion',
      'growth',
    ]);
    expect(drift.worse).toEqual([]);
    expect(drift.summary).toMatch(/0 better, 0 worse, 6 the same, 2 not comparable\.$/);
  });

  it('keeps the ratings out of the fit: only they changed, so the fit did not', () => {
    const drift = driftBetween(
      check('a', '2026-01-01', answersOf(), 5, 1),
      check('b', '2026-02-01', answersOf(), 1, 5),
    );
    expect(drift).toMatchObject({ fitChange: 0, excitementChange: -4, fearChange: 4, worse: [] });
  });

  it('has nothing worse between identical checks', () => {
    const drift = driftBetween(check('a', '2026-01-01'), check('b', '2026-01-01'));
    expect(drift).toMatchObject({ worse: [], better: 0, worseCount: 0, same: 8, fitChange: 0 });
  });
});

describe('what the ratings signal', () => {
  it('speaks up only when the balance is worth a look', () => {
    expect(ratingsSignal(null, 3)).toBeNull();
    expect(ratingsSignal(4, 3)).toBeNull();
    expect(ratingsSignal(5, 5)).toBeNull();
    expect(ratingsSignal(2, 4)).toMatch(/much more than it excites you/);
    expect(ratingsSignal(2, 2)).toMatch(/does not excite you much/);
    expect(ratingsSignal(3, 4)).toBe('It scares you more than it excites you.');
    expect(ratingsSignal(5, 1)).toMatch(/Nothing about it scares you/);
  });
});

describe('the nudge', () => {
  const aspiration = (overrides: Partial<NudgeCandidate>): NudgeCandidate => ({
    id: 'a',
    title: 'Creative director',
    status: 'active',
    createdOn: '2025-01-01',
    lastCheckedOn: null,
    ...overrides,
  });

  it('counts calendar days from the latest check, and nudges on the day the interval is reached', () => {
    const checked = aspiration({ lastCheckedOn: '2026-01-01' });
    expect(dueForCheck([checked], '2026-03-31', 90)).toEqual([]); // 89 days
    const [nudge] = dueForCheck([checked], '2026-04-01', 90);
    expect(nudge).toMatchObject({ aspirationId: 'a', daysSince: 90, lastCheckedOn: '2026-01-01' });
    expect(nudge?.message).toBe(
      'It has been 90 days since you last checked “Creative director” against your values (1 January 2026).',
    );
  });

  it('counts from the day the aspiration was set when it was never checked', () => {
    expect(dueForCheck([aspiration({ createdOn: '2026-03-01' })], '2026-03-31', 90)).toEqual([]);
    const [nudge] = dueForCheck([aspiration({ createdOn: '2025-12-01' })], '2026-03-31', 90);
    expect(nudge?.message).toBe(
      'You set “Creative director” 120 days ago and have not checked it against your values yet.',
    );
  });

  it('crosses daylight-saving changes and leap days by the calendar, not by hours', () => {
    // 2024 is a leap year: 2024-02-28 → 2024-03-01 is 2 days; the DST change in March is irrelevant.
    expect(
      dueForCheck([aspiration({ lastCheckedOn: '2024-02-28' })], '2024-03-01', 2),
    ).toHaveLength(1);
    expect(dueForCheck([aspiration({ lastCheckedOn: '2024-02-29' })], '2024-03-01', 2)).toEqual([]);
  });

  it('follows the configured interval, leaves achieved and retired aspirations alone, longest first', () => {
    const list = [
      aspiration({ id: 'recent', lastCheckedOn: '2026-03-20' }),
      aspiration({ id: 'old', lastCheckedOn: '2025-06-01' }),
      aspiration({ id: 'done', status: 'achieved', lastCheckedOn: '2020-01-01' }),
      aspiration({ id: 'gone', status: 'retired', lastCheckedOn: '2020-01-01' }),
    ];
    expect(dueForCheck(list, '2026-03-31', 90).map((n) => n.aspirationId)).toEqual(['old']);
    expect(dueForCheck(list, '2026-03-31', 7).map((n) => n.aspirationId)).toEqual([
      'old',
      'recent',
    ]);
  });
});

describe('answers read back from storage', () => {
  it('fill in questions the stored document lacks and drop values Waymark does not know', () => {
    const answers = completeAnswers({
      passion: { answer: 'no', note: 'Bored' },
      realism: { answer: 'maybe' as never },
      unknownQuestion: { answer: 'yes' },
    });
    expect(answers.passion).toEqual({ answer: 'no', note: 'Bored' });
    expect(answers.realism).toEqual({ answer: null, note: '' });
    expect(answers.growth).toEqual({ answer: null, note: '' });
    expect(Object.keys(answers)).toEqual([...VALUES_QUESTION_KEYS]);
  });
});
