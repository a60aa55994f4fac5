import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type WaymarkBridge } from '../contract';

/**
 * Exactly the contract's channels, one method each, the menu's commands, and the question asked
 * before the window closes; nothing else.
 */
const bridge = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as WaymarkBridge;

contextBridge.exposeInMainWorld('waymark', bridge);
contextBridge.exposeInMainWorld('waymarkCommands', {
  subscribe(listener: (command: string) => void): () => void {
    const handler = (_event: unknown, command: string) => listener(command);
    ipcRenderer.on('waymark:command', handler);
    return () => ipcRenderer.removeListener('waymark:command', handler);
  },
});
contextBridge.exposeInMainWorld('waymarkWindow', {
  /** Before the window closes, the main process asks the page to save; `saveAll` answers. */
  onCloseRequest(saveAll: () => Promise<boolean>): void {
    ipcRenderer.removeAllListeners('waymark:close-request');
    ipcRenderer.on('waymark:close-request', (_event, id: unknown) => {
      void Promise.resolve()
        .then(saveAll)
        .then(
          (saved) => ipcRenderer.send('waymark:close-answer', id, saved === true),
          () => ipcRenderer.send('waymark:close-answer', id, false),
        );
    });
  },
});
