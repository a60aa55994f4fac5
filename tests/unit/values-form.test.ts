import { describe, expect, it } from 'vitest';
import type { ValuesCheck } from '../../src-main/contract/values';
import {
  chartPoints,
  levelY,
  linePath,
  type Box,
} from '../../src-renderer/features/values/chart-geometry';
import {
  checkInput,
  draftInput,
  initialState,
  missingParts,
  REQUIRED_PARTS,
  requiredDone,
  withAnswer,
} from '../../src-renderer/features/values/form-state';
import { parseValuesParam, valuesCheckHref } from '../../src-renderer/features/values/routes';
import { fitScore } from '../../src-main/shared/values/rules';
import { answersOf, STORED_QUESTION_KEYS } from './values-helpers';

describe('the check form', () => {
  it('counts what Save check needs, the two ratings included, as Save check does', () => {
    const empty = initialState(null, '2026-03-01');
    expect(REQUIRED_PARTS).toBe(10);
    expect(requiredDone(empty)).toBe(0);
    let state = empty;
    for (const key of Object.keys(empty.answers) as (keyof typeof empty.answers)[]) {
      state = withAnswer(state, key, { answer: 'yes' });
    }
    // Eight answers are not everything: the form says so, as Save check would.
    expect(requiredDone(state)).toBe(8);
    expect(missingParts(state)).toHaveLength(REQUIRED_PARTS - requiredDone(state));
    state = { ...state, excitement: 4, fear: 2 };
    expect(requiredDone(state)).toBe(REQUIRED_PARTS);
    expect(missingParts(state)).toEqual([]);
  });

  it('starts from the draft when there is one, otherwise empty and dated today', () => {
    const empty = initialState(null, '2026-03-01');
    expect(empty).toMatchObject({ checkedOn: '2026-03-01', excitement: null, fear: null });
    expect(missingParts(empty)).toHaveLength(10);

    const answers = answersOf({ passion: 'no' }, null, { passion: 'Bored' });
    const draft: ValuesCheck = {
      id: 'd',
      aspirationId: 'a',
      status: 'draft',
      checkedOn: '2026-02-27',
      answers,
      excitement: 2,
      fear: null,
      fit: fitScore(answers),
      createdAt: '',
      updatedAt: '',
      savedAt: null,
      deletedAt: null,
    };
    // Started on 27 February and dated then by default: resumed on 1 March, it is dated 1 March.
    const started = { ...draft, createdAt: new Date(2026, 1, 27, 9).toISOString() };
    const resumed = initialState(started, '2026-03-01');
    expect(resumed).toMatchObject({ checkedOn: '2026-03-01', excitement: 2, fear: null });
    expect(resumed.answers.passion).toEqual({ answer: 'no', note: 'Bored' });
    // A day the person chose is kept.
    const chosen = { ...started, checkedOn: '2026-02-20' };
    expect(initialState(chosen, '2026-03-01').checkedOn).toBe('2026-02-20');
  });

  it('sends the whole form as the draft, and only a complete form as a check', () => {
    let state = initialState(null, '2026-03-01');
    state = withAnswer(state, 'growth', { note: 'Maybe' });
    state = withAnswer(state, 'growth', { answer: 'partly' });
    expect(draftInput('a', state)).toMatchObject({
      aspirationId: 'a',
      checkedOn: '2026-03-01',
      excitement: null,
      answers: { growth: { answer: 'partly', note: 'Maybe' }, passion: { answer: null } },
    });
    expect(checkInput('a', state)).toBeNull();
    // Every question but the one answered, in order, then the two ratings.
    expect(missingParts(state).map((m) => m.field)).toEqual([
      ...STORED_QUESTION_KEYS.filter((key) => key !== 'growth'),
      'excitement',
      'fear',
    ]);

    state = { ...state, answers: answersOf({ growth: 'partly' }, 'yes', { growth: 'Maybe' }) };
    expect(missingParts(state).map((m) => m.message)).toEqual([
      'Rate your excitement from 1 to 5.',
      'Rate your fear from 1 to 5.',
    ]);
    state = { ...state, excitement: 4, fear: 1 };
    expect(checkInput('a', state)).toMatchObject({
      aspirationId: 'a',
      excitement: 4,
      fear: 1,
      answers: { growth: { answer: 'partly', note: 'Maybe' }, realism: { answer: 'yes' } },
    });
  });

  it('reads its address: overview, an aspiration’s history, its check form', () => {
    expect(parseValuesParam(null)).toEqual({ view: 'overview' });
    expect(parseValuesParam('abc')).toEqual({ view: 'history', aspirationId: 'abc' });
    expect(parseValuesParam('abc/check')).toEqual({ view: 'check', aspirationId: 'abc' });
    expect(valuesCheckHref('abc')).toBe('#/values/abc/check');
  });
});

describe('the history charts', () => {
  const box: Box = { width: 120, height: 50, left: 20, right: 0, top: 5, bottom: 5 };

  it('spread checks evenly, put the top of the scale at the top, and centre a single check', () => {
    expect(chartPoints([2, 0, 1], 0, 2, box)).toEqual([
      { index: 0, value: 2, x: 20, y: 5 },
      { index: 1, value: 0, x: 70, y: 45 },
      { index: 2, value: 1, x: 120, y: 25 },
    ]);
    expect(chartPoints([1], 0, 2, box)).toEqual([{ index: 0, value: 1, x: 70, y: 25 }]);
    expect(levelY(5, 1, 5, box)).toBe(5);
    expect(levelY(1, 1, 5, box)).toBe(45);
  });

  it('leave a gap where a check has no value', () => {
    const points = chartPoints([2, null, 1, 0], 0, 2, box);
    expect(points.map((p) => p.index)).toEqual([0, 2, 3]);
    expect(linePath(points)).toBe('M20 5 M86.7 25 L120 45');
  });
});
