import { dialog, ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { CLOSE_ANYWAY, closeRequests, guardClose, UNSAVED_CLOSE_DIALOG } from './close-guard';

/** The close guard's glue: the page answers over IPC, the question is a native dialog. */
export function guardWindowClose(window: BrowserWindow, onKept: () => void): void {
  const contents = window.webContents;
  const requests = closeRequests((id) => contents.send('waymark:close-request', id));
  const onAnswer = (event: IpcMainEvent, id: unknown, saved: unknown) => {
    if (event.sender === contents) requests.answer(id, saved);
  };
  ipcMain.on('waymark:close-answer', onAnswer);
  window.on('closed', () => ipcMain.removeListener('waymark:close-answer', onAnswer));
  guardClose(window, {
    // A crashed page holds nothing that can still be saved; the person is asked at once.
    saveAll: () => (contents.isCrashed() ? Promise.resolve(false) : requests.ask()),
    confirmClose: async () =>
      (await dialog.showMessageBox(window, UNSAVED_CLOSE_DIALOG)).response === CLOSE_ANYWAY,
    onKept,
  });
}
