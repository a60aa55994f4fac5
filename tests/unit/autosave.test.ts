import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from '../../src-renderer/editor/autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: () => Promise<void>) {
  const states: SaveState[] = [];
  const saver = new Autosaver({
    save,
    onState: (state) => states.push(state),
    delayMs: 1000,
    retryDelayMs: () => 2000,
  });
  return { saver, states };
}

describe('autosave', () => {
  it('saves once, about a second after typing stops', async () => {
    const save = vi.fn(async () => undefined);
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(500);
    saver.change();
    await vi.advanceTimersByTimeAsync(900);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('keeps the change after a failed save and retries until it succeeds', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk full');
    });
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)).toBe('failed');
    expect(saver.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(states.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('saves again when the text changed while a save was running', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1000);
    saver.change();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1000);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once and reports whether everything is on disk', async () => {
    const save = vi.fn(async () => undefined);
    const { saver } = setup(save);
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    saver.change();
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    const failing = setup(async () => Promise.reject(new Error('locked')));
    failing.saver.change();
    expect(await failing.saver.flush()).toBe(false);
    failing.saver.dispose();
  });
});

describe('saving everything before the journal locks', () => {
  it('saves what editors and forms still hold, and is held up only by a save that fails', async () => {
    // A fresh copy of the module: savers left by the tests above are not part of this.
    vi.resetModules();
    const { Autosaver, flushAllAutosavers } = await import('../../src-renderer/editor/autosave');
    const text = vi.fn(async () => undefined);
    const editor = new Autosaver({ save: text, onState: () => undefined });
    const form = vi.fn(async (_draft: { due: string }) => undefined);
    const goal = new Autosaver<{ due: string }>({
      save: form,
      validate: (d) => (d.due === '' ? { due: 'A goal needs a due date.' } : null),
      onState: () => undefined,
    });
    editor.change();
    goal.change({ due: '2027-01-01' });
    expect(await flushAllAutosavers()).toBe(true);
    expect(text).toHaveBeenCalledTimes(1);
    expect(form).toHaveBeenCalledExactlyOnceWith({ due: '2027-01-01' });

    // A form held back by an invalid field cannot be saved; it does not stop the lock.
    goal.change({ due: '' });
    expect(await flushAllAutosavers()).toBe(true);
    expect(form).toHaveBeenCalledTimes(1);

    // A write that fails does: its text is still there and still being retried.
    let failing = true;
    const flaky = new Autosaver({
      save: async () => {
        if (failing) throw new Error('disk full');
      },
      onState: () => undefined,
      retryDelayMs: () => 60_000,
    });
    flaky.change();
    expect(await flushAllAutosavers()).toBe(false);
    failing = false;
    expect(await flushAllAutosavers()).toBe(true);

    for (const saver of [editor, goal, flaky]) saver.dispose();
    expect(await flushAllAutosavers()).toBe(true);
  });
});

describe('what closing the page asks about', () => {
  it('anything pending, failing or held back counts as unsaved; only savable drafts get a last send', async () => {
    vi.resetModules();
    const { Autosaver, hasUnsavedChanges, pageClosing } =
      await import('../../src-renderer/editor/autosave');
    let failing = true;
    const lastSend = vi.fn(async () => {
      throw new Error('server gone');
    });
    const entry = new Autosaver({
      save: async () => {
        if (failing) throw new Error('server gone');
      },
      onState: () => undefined,
      onPageClose: lastSend,
      retryDelayMs: () => 60_000,
    });
    const formSend = vi.fn();
    const goal = new Autosaver<{ due: string }>({
      save: async () => undefined,
      validate: (d) => (d.due === '' ? { due: 'A goal needs a due date.' } : null),
      onState: () => undefined,
      onPageClose: formSend,
    });
    expect(hasUnsavedChanges()).toBe(false);
    expect(pageClosing()).toBe(false);
    expect(lastSend).not.toHaveBeenCalled();

    // Typed a moment ago, not sent yet.
    entry.change();
    expect(pageClosing()).toBe(true);
    expect(lastSend).toHaveBeenCalledTimes(1);

    // The save fails: still unsaved (and a failed last send is no error of the page's).
    expect(await entry.flush()).toBe(false);
    expect(pageClosing()).toBe(true);
    failing = false;
    expect(await entry.flush()).toBe(true);
    expect(hasUnsavedChanges()).toBe(false);

    // A form held back by an invalid field is unsaved too, but its draft is not sent.
    goal.change({ due: '' });
    expect(pageClosing()).toBe(true);
    expect(formSend).not.toHaveBeenCalled();
    goal.change({ due: '2027-01-01' });
    expect(pageClosing()).toBe(true);
    expect(formSend).toHaveBeenCalledExactlyOnceWith({ due: '2027-01-01' });
    await goal.flush();
    expect(hasUnsavedChanges()).toBe(false);

    for (const saver of [entry, goal]) saver.dispose();
  });
});

describe('a saver whose screen has gone', () => {
  async function freshModule() {
    // A fresh copy of the module: savers left by other tests are not part of this.
    vi.resetModules();
    return import('../../src-renderer/editor/autosave');
  }

  it('keeps retrying a failing save in the background, counted as unsaved until it succeeds', async () => {
    const { Autosaver, hasUnsavedChanges } = await freshModule();
    let failing = true;
    const save = vi.fn(async (_text: string) => {
      if (failing) throw new Error('server gone');
    });
    const saver = new Autosaver<string>({
      save,
      onState: () => undefined,
      delayMs: 1000,
      retryDelayMs: () => 2000,
    });
    saver.change('Plans for March');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);

    expect(saver.release('entry:1')).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000 * 3);
    expect(save).toHaveBeenCalledTimes(5);
    expect(hasUnsavedChanges()).toBe(true);

    failing = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenLastCalledWith('Plans for March');
    expect(hasUnsavedChanges()).toBe(false);
    // Saved: it lets go, and tries nothing more.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(6);
  });

  it('stops when its record no longer exists, instead of retrying forever', async () => {
    const { Autosaver, hasUnsavedChanges } = await freshModule();
    const gone = Object.assign(new Error('That journal entry no longer exists.'), {
      code: 'not_found',
    });
    const save = vi.fn(async (_text: string) => {
      throw gone;
    });
    const states: SaveState[] = [];
    const saver = new Autosaver<string>({
      save,
      onState: (state) => states.push(state),
      isGone: (error) => (error as { code?: string }).code === 'not_found',
      delayMs: 1000,
      retryDelayMs: () => 2000,
    });
    saver.change('Notes on a deleted entry');
    expect(saver.release('entry:1')).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('failed');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('reads an editor’s text one last time as it is released, and saves that', async () => {
    const { Autosaver, releasedDraft } = await freshModule();
    let text: string | undefined = 'Offer';
    const read = vi.fn(() => text);
    const save = vi.fn(async (_text: string) => Promise.reject(new Error('server gone')));
    const saver = new Autosaver<string>({ save, read, onState: () => undefined });
    saver.change();
    saver.change();
    expect(read).not.toHaveBeenCalled();
    text = 'Offer at 120k';
    saver.release('entry:1');
    // The editor is gone: nothing is read from it any more.
    text = undefined;
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledExactlyOnceWith('Offer at 120k');
    expect(releasedDraft('entry:1')).toBe('Offer at 120k');
    saver.dispose();
    expect(releasedDraft('entry:1')).toBeUndefined();
  });

  it('lets go at once when nothing is unsaved, or when a field holds the draft back', async () => {
    const { Autosaver, hasUnsavedChanges, releasedDraft } = await freshModule();
    const save = vi.fn(async (_due: string) => undefined);
    const clean = new Autosaver<string>({ save, onState: () => undefined });
    expect(clean.release('goal:1')).toBe(false);
    const invalid = new Autosaver<string>({
      save,
      validate: (due) => (due === '' ? { due: 'A goal needs a due date.' } : null),
      onState: () => undefined,
    });
    invalid.change('');
    expect(invalid.release('goal:2')).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).not.toHaveBeenCalled();
    expect(hasUnsavedChanges()).toBe(false);
    expect(releasedDraft('goal:2')).toBeUndefined();
  });

  it('is taken over by the next owner of the record: it hands over its newest draft and saves no more', async () => {
    const { Autosaver, hasUnsavedChanges, releasedDraft, takeOver } = await freshModule();
    const oldSave = vi.fn(async (_text: string) => Promise.reject(new Error('server gone')));
    const old = new Autosaver<string>({
      save: oldSave,
      onState: () => undefined,
      retryDelayMs: () => 2000,
    });
    old.change('Plans');
    old.change('Plans for March');
    old.release('entry:1');
    await vi.advanceTimersByTimeAsync(0);
    expect(oldSave).toHaveBeenCalledTimes(1);

    expect(releasedDraft('entry:1')).toBe('Plans for March');
    expect(takeOver('other:1')).toBeNull();
    const taken = takeOver<string>('entry:1');
    expect(taken?.draft).toBe('Plans for March');
    expect(takeOver('entry:1')).toBeNull();
    expect(releasedDraft('entry:1')).toBeUndefined();
    expect(hasUnsavedChanges()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(oldSave).toHaveBeenCalledTimes(1);

    // The new owner starts from it, unsaved, so it is saved.
    const states: SaveState[] = [];
    const newSave = vi.fn(async (_text: string) => undefined);
    const next = new Autosaver<string>({
      save: newSave,
      onState: (state) => states.push(state),
    });
    if (taken) next.continueFrom(taken);
    expect(hasUnsavedChanges()).toBe(true);
    expect(states).toEqual(['unsaved']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(newSave).toHaveBeenCalledExactlyOnceWith('Plans for March');
    expect(states.at(-1)).toBe('saved');
    next.dispose();
  });

  it('the new owner’s first save waits for the write the old saver still had on its way', async () => {
    const { Autosaver, takeOver } = await freshModule();
    const order: string[] = [];
    let finishOld: () => void = () => undefined;
    const old = new Autosaver<string>({
      save: (text) => {
        order.push(`old sends ${text}`);
        return new Promise<void>((resolve) => {
          finishOld = () => {
            order.push(`old wrote ${text}`);
            resolve();
          };
        });
      },
      onState: () => undefined,
    });
    old.change('Salary talk');
    old.release('entry:1');
    const taken = takeOver<string>('entry:1');
    const next = new Autosaver<string>({
      save: async (text) => {
        order.push(`new sends ${text}`);
      },
      onState: () => undefined,
    });
    if (taken) next.continueFrom(taken);
    next.change('Salary talk went well');
    const flushed = next.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(order).toEqual(['old sends Salary talk']);
    finishOld();
    expect(await flushed).toBe(true);
    expect(order).toEqual([
      'old sends Salary talk',
      'old wrote Salary talk',
      'new sends Salary talk went well',
    ]);
    next.dispose();
  });
});
