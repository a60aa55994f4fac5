import { flushAllAutosavers, hasUnsavedChanges, pageClosing } from './autosave';

/**
 * Nothing typed is lost without a word when the page closes. The browser edition shows the
 * browser's leave-page prompt while anything is unsaved. In the desktop app the main process asks
 * first (`onCloseRequest`): the page saves what it can and answers, and the main process shows its
 * own dialog if something is still unsaved, so by the time the page unloads the person has chosen.
 */
export function installCloseGuard(): void {
  const desktop = window.waymarkWindow !== undefined;
  window.addEventListener('beforeunload', (event) => {
    if (!pageClosing() || desktop) return;
    event.preventDefault();
    // Older Chromium shows the prompt only when this is set.
    event.returnValue = '';
  });
  window.waymarkWindow?.onCloseRequest(async () => {
    await flushAllAutosavers();
    return !hasUnsavedChanges();
  });
}
