import { app, shell } from 'electron';
import type { FileOpener, OpenCopies } from '../attachments/open-copies';
import { ApiError } from '../contract/errors';
import type { AppContext } from '../core/context';

/**
 * Opens a file in the system's app for it. The copy and every rule about it live in
 * attachments/open-copies.ts and attachments/open.ts; this only hands the path to the shell.
 */
export function systemFileOpener(): FileOpener {
  return {
    async open(path) {
      const problem = await shell.openPath(path);
      if (problem) {
        throw new ApiError(
          'unsupported',
          `The file could not be opened: ${problem}. Use Download to save a copy.`,
        );
      }
    },
  };
}

/**
 * Lets the desktop journal open files in other apps: copies a crash left behind are removed now,
 * the rest when the journal locks (lock:lock) or the app quits.
 */
export function provideFileOpening(
  journal: AppContext,
  copies: OpenCopies,
  lifecycle: Pick<Electron.App, 'on'> = app,
): void {
  copies.sweepLeftBehind();
  journal.opener = systemFileOpener();
  journal.openCopies = copies;
  lifecycle.on('will-quit', () => copies.clear());
}
