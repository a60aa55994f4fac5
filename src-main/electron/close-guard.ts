/**
 * Closing the desktop window never drops unsaved text in silence. The window's `close` is held
 * while the page saves what it holds; if something is still unsaved (a save keeps failing, a form
 * is held back by a field), the person chooses between keeping the window and closing anyway.
 * Plain code (no Electron import), so it is tested without the Electron binary.
 */

/** The part of a BrowserWindow the guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardDeps {
  /** Asks the page to save everything; true once all of it is saved. */
  saveAll: () => Promise<boolean>;
  /** Asks the person; true to close anyway. */
  confirmClose: () => Promise<boolean>;
  /** The person chose to keep the window (a quit under way is called off). */
  onKept?: () => void;
}

export function guardClose(window: GuardedWindow, deps: CloseGuardDeps): void {
  let allowed = false;
  let deciding = false;
  window.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    // A second click on the close button while the page saves or the dialog is open: one answer.
    if (deciding) return;
    deciding = true;
    void mayClose(deps).then((close) => {
      deciding = false;
      if (!close) return deps.onKept?.();
      if (window.isDestroyed()) return;
      allowed = true;
      window.close();
    });
  });
}

async function mayClose(deps: CloseGuardDeps): Promise<boolean> {
  const saved = await deps.saveAll().catch(() => false);
  if (saved) return true;
  return deps.confirmClose().catch(() => false);
}

/** The question, in our words; the first button (Keep editing) is the default and Escape's. */
export const UNSAVED_CLOSE_DIALOG = {
  type: 'warning' as const,
  buttons: ['Keep editing', 'Close anyway'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Changes not saved',
  message: 'Your latest changes are not saved yet.',
  detail:
    'Waymark keeps trying to save them. If you close now, they may be lost. To keep them, choose Keep editing and wait until the editor says Saved.',
};

export const CLOSE_ANYWAY = 1;

/**
 * Requests to the page and their answers, matched by number. A page that does not answer in
 * time (busy, or broken) counts as holding unsaved changes, so the person is asked.
 */
export function closeRequests(send: (id: number) => void, timeoutMs = 10_000) {
  const waiting = new Map<number, (saved: boolean) => void>();
  let next = 1;
  return {
    ask(): Promise<boolean> {
      const id = next++;
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => answer(id, false), timeoutMs);
        waiting.set(id, (saved) => {
          clearTimeout(timer);
          resolve(saved);
        });
        try {
          send(id);
        } catch {
          answer(id, false);
        }
      });
    },
    answer,
  };
  function answer(id: unknown, saved: unknown): void {
    const resolve = typeof id === 'number' ? waiting.get(id) : undefined;
    if (!resolve) return;
    waiting.delete(id as number);
    resolve(saved === true);
  }
}
