import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../src-main/contract/plan';
import { Autosaver, type SaveState } from '../../src-renderer/editor/autosave';
import {
  draftFromGoal,
  goalUpdateFromDraft,
  parseAmount,
} from '../../src-renderer/features/plan/goal-draft';
import { moveItem } from '../../src-renderer/ui/reorder';

interface Draft {
  title: string;
  due: string;
}

function saverFor(
  save: (d: Draft) => Promise<void>,
  fieldErrorsOf?: (e: unknown) => null | Record<string, string>,
) {
  const states: SaveState[] = [];
  const errors: (Record<string, string> | undefined)[] = [];
  const saver = new Autosaver<Draft>({
    validate: (d) => (d.due === '' ? { due: 'A goal needs a due date.' } : null),
    save,
    fieldErrorsOf,
    onState: (state, _error, fieldErrors) => {
      states.push(state);
      errors.push(fieldErrors);
    },
    delayMs: 800,
    retryDelayMs: () => 1000,
  });
  return { saver, states, errors };
}

describe('saving a form only whole', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the whole draft a moment after the last change', async () => {
    const save = vi.fn(async () => {});
    const { saver, states } = saverFor(save);
    saver.change({ title: 'A', due: '2027-01-01' });
    saver.change({ title: 'AB', due: '2027-01-01' });
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'AB', due: '2027-01-01' });
    expect(states).toEqual(['unsaved', 'unsaved', 'saving', 'saved']);
  });

  it('sends nothing while a field is invalid, says why, and saves once it is fixed', async () => {
    const save = vi.fn(async () => {});
    const { saver, states, errors } = saverFor(save);
    saver.change({ title: 'Changed', due: '2027-01-01' });
    saver.change({ title: 'Changed', due: '' }); // before the first save went out
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    expect(states.at(-1)).toBe('invalid');
    expect(errors.at(-1)).toEqual({ due: 'A goal needs a due date.' });
    expect(await saver.flush()).toBe(false);
    expect(saver.dirty).toBe(true);

    saver.change({ title: 'Changed', due: '2027-02-01' });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'Changed', due: '2027-02-01' });
    expect(states.at(-1)).toBe('saved');
  });

  it('tells what holds back the newest draft, for the last save when the form closes', async () => {
    const save = vi.fn(async () => {});
    const { saver } = saverFor(save);
    expect(saver.errors()).toBeNull();
    saver.change({ title: 'A', due: '' });
    expect(saver.latest).toEqual({ title: 'A', due: '' });
    expect(saver.errors()).toEqual({ due: 'A goal needs a due date.' });
    saver.change({ title: 'A', due: '2027-01-01' });
    expect(saver.errors()).toBeNull();
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'A', due: '2027-01-01' });
  });

  it('retries a failed write until it succeeds, keeping the newest draft', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk full');
    });
    const { saver, states } = saverFor(save);
    saver.change({ title: 'A', due: '2027-01-01' });
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('failed');
    saver.change({ title: 'AB', due: '2027-01-01' });
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenLastCalledWith({ title: 'AB', due: '2027-01-01' });
    expect(states.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('does not retry a draft the main process refused for its fields', async () => {
    const refusal = new Error('refused');
    const save = vi.fn(async () => {
      throw refusal;
    });
    const { saver, states, errors } = saverFor(save, (e) =>
      e === refusal ? { title: 'Give the goal a title.' } : null,
    );
    saver.change({ title: ' ', due: '2027-01-01' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('invalid');
    expect(errors.at(-1)).toEqual({ title: 'Give the goal a title.' });
  });
});

describe('the goal form’s draft', () => {
  const goal: Goal = {
    id: 'g',
    aspirationId: 'a',
    title: 'Win 50 pitches',
    specificWhat: '',
    specificWhy: '',
    metricName: 'pitches won',
    metricUnit: 'pitches',
    metricTarget: 50,
    metricCurrent: null,
    obstacles: '',
    actionPlan: '',
    realisticWhy: '',
    letGo: '',
    startDate: null,
    dueDate: '2029-12-31',
    status: 'planned',
    completedOn: null,
    position: 0,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  };

  it('reads numbers as people type them', () => {
    expect(parseAmount('12')).toBe(12);
    expect(parseAmount(' 3,5 ')).toBe(3.5);
    expect(parseAmount('1,200')).toBe(1200);
    expect(parseAmount('1 200.5')).toBe(1200.5);
    expect(parseAmount('-4')).toBe(-4);
    expect(parseAmount('1,25')).toBe(1.25);
    expect(parseAmount('12,000,000')).toBe(12_000_000);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('twelve')).toBeUndefined();
    expect(parseAmount('1.2.3')).toBeUndefined();
  });

  it('turns a valid draft into the update the contract expects', () => {
    const draft = { ...draftFromGoal(goal), metricCurrent: '12', startDate: '' };
    expect(goalUpdateFromDraft('g', draft)).toEqual({
      ok: true,
      input: expect.objectContaining({
        id: 'g',
        metricTarget: 50,
        metricCurrent: 12,
        startDate: null,
        dueDate: '2029-12-31',
        completedOn: null,
      }),
    });
  });

  it('names every invalid field in the contract’s own words', () => {
    const draft = {
      ...draftFromGoal(goal),
      title: '',
      dueDate: '',
      metricTarget: '0',
      metricCurrent: 'lots',
    };
    expect(goalUpdateFromDraft('g', draft)).toEqual({
      ok: false,
      errors: {
        title: 'Give the goal a title.',
        dueDate: 'A goal needs a due date: choose the day you mean to reach it by.',
        metricTarget: 'The target should be more than zero.',
        metricCurrent: 'Use a number, for example 12 or 3.5.',
      },
    });
  });
});

describe('moving an item in a list', () => {
  it('moves up, down, to the ends, and ignores impossible moves', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 3)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});
