import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type WaymarkBridge } from '../contract';

/** Exactly the contract's channels, one method each, and the menu's commands; nothing else. */
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
