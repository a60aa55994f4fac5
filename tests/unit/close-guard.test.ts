import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSE_ANYWAY,
  closeRequests,
  guardClose,
  UNSAVED_CLOSE_DIALOG,
} from '../../src-main/electron/close-guard';

const ipcListeners = new Map<string, (...args: unknown[]) => void>();
const showMessageBox = vi.fn(async () => ({ response: 0 }));
vi.mock('electron', () => ({
  ipcMain: {
    on: (name: string, fn: (...args: unknown[]) => void) => ipcListeners.set(name, fn),
    removeListener: (name: string) => ipcListeners.delete(name),
  },
  dialog: { showMessageBox },
}));
const { guardWindowClose } = await import('../../src-main/electron/close-window');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A window that closes unless its `close` listener prevents it, as Electron's does. */
function fakeWindow(webContents?: unknown) {
  type Listener = (event: { preventDefault(): void }) => void;
  const listeners = new Map<string, Listener>();
  const window = {
    closed: false,
    webContents,
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    isDestroyed: () => window.closed,
    close: vi.fn(() => {
      let prevented = false;
      listeners.get('close')?.({ preventDefault: () => (prevented = true) });
      if (prevented) return;
      window.closed = true;
      listeners.get('closed')?.({ preventDefault: () => undefined });
    }),
  };
  return window;
}

describe('closing the desktop window', () => {
  it('closes without a question once the page has saved everything', async () => {
    const window = fakeWindow();
    const confirmClose = vi.fn(async () => false);
    guardClose(window, { saveAll: async () => true, confirmClose });
    window.close();
    expect(window.closed).toBe(false);
    await vi.runAllTimersAsync();
    expect(window.closed).toBe(true);
    expect(confirmClose).not.toHaveBeenCalled();
  });

  it('asks when something is still unsaved: Keep editing keeps the window, Close anyway closes it', async () => {
    const window = fakeWindow();
    const answers = [false, true];
    const confirmClose = vi.fn(async () => answers.shift() ?? false);
    const onKept = vi.fn();
    guardClose(window, { saveAll: async () => false, confirmClose, onKept });
    window.close();
    await vi.runAllTimersAsync();
    expect(confirmClose).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(false);
    expect(onKept).toHaveBeenCalledTimes(1);

    window.close();
    await vi.runAllTimersAsync();
    expect(confirmClose).toHaveBeenCalledTimes(2);
    expect(window.closed).toBe(true);
  });

  it('asks once for several clicks on the close button, and asks when the page cannot answer', async () => {
    const window = fakeWindow();
    const confirmClose = vi.fn(async () => true);
    const saveAll = vi.fn(() => Promise.reject(new Error('page gone')));
    guardClose(window, { saveAll, confirmClose });
    window.close();
    window.close();
    await vi.runAllTimersAsync();
    expect(saveAll).toHaveBeenCalledTimes(1);
    expect(confirmClose).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(true);
  });

  it('matches the page’s answers to the requests, and a page that never answers counts as unsaved', async () => {
    const sent: number[] = [];
    const requests = closeRequests((id) => sent.push(id), 5000);
    const first = requests.ask();
    const second = requests.ask();
    requests.answer(sent[1], true);
    requests.answer('not a number', true);
    requests.answer(sent[0], 'yes');
    expect(await second).toBe(true);
    expect(await first).toBe(false);

    const silent = requests.ask();
    await vi.advanceTimersByTimeAsync(5000);
    expect(await silent).toBe(false);
  });

  it('offers Keep editing first (the default, and what Escape chooses) and Close anyway second', () => {
    expect(UNSAVED_CLOSE_DIALOG.buttons[UNSAVED_CLOSE_DIALOG.defaultId]).toBe('Keep editing');
    expect(UNSAVED_CLOSE_DIALOG.buttons[UNSAVED_CLOSE_DIALOG.cancelId]).toBe('Keep editing');
    expect(UNSAVED_CLOSE_DIALOG.buttons[CLOSE_ANYWAY]).toBe('Close anyway');
    expect(UNSAVED_CLOSE_DIALOG.message).toBe('Your latest changes are not saved yet.');
  });
});

describe('the close guard in the desktop window', () => {
  it('asks the page over IPC, believes only its own page, and shows the dialog when unsaved', async () => {
    const sent: unknown[] = [];
    const contents = {
      send: (channel: string, id: unknown) => sent.push([channel, id]),
      isCrashed: () => false,
    };
    const window = fakeWindow(contents);
    const onKept = vi.fn();
    guardWindowClose(window as never, onKept);
    const answer = (sender: unknown, id: unknown, saved: unknown) =>
      ipcListeners.get('waymark:close-answer')?.({ sender }, id, saved);

    window.close();
    expect(sent).toEqual([['waymark:close-request', 1]]);
    answer({ another: 'page' }, 1, true);
    answer(contents, 1, false);
    await vi.runAllTimersAsync();
    expect(showMessageBox).toHaveBeenCalledWith(window, UNSAVED_CLOSE_DIALOG);
    expect(onKept).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(false);

    // Saved by the second try: no question, and the window closes.
    showMessageBox.mockClear();
    window.close();
    answer(contents, 2, true);
    await vi.runAllTimersAsync();
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(window.closed).toBe(true);
    expect(ipcListeners.has('waymark:close-answer')).toBe(false);
  });

  it('asks at once when the page has crashed, and Close anyway closes', async () => {
    const contents = { send: vi.fn(), isCrashed: () => true };
    const window = fakeWindow(contents);
    showMessageBox.mockResolvedValueOnce({ response: CLOSE_ANYWAY });
    guardWindowClose(window as never, () => undefined);
    window.close();
    await vi.runAllTimersAsync();
    expect(contents.send).not.toHaveBeenCalled();
    expect(window.closed).toBe(true);
  });
});
