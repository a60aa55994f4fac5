import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../contract';
import type { Router } from '../core/router';
import { isAppPage } from './navigation';

/** The page we load; IPC from any other frame (an injected iframe, a navigated page) is refused. */
export function isOurFrame(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  return frame ? isAppPage(frame.url, appUrl) : false;
}

/** One `ipcMain.handle` per contract channel, each passing straight to the shared router. */
export function registerIpc(router: Router, appUrl: string): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isOurFrame(event, appUrl)) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'This request did not come from Waymark.',
            fields: [],
          },
        };
      }
      return router.call(channel, payload);
    });
  }
}
