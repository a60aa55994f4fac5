import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Sends a command to the window; the renderer runs the same command its own buttons run. */
function command(window: () => BrowserWindow | null, name: string) {
  return () => window()?.webContents.send('waymark:command', name);
}

export function menuTemplate(
  window: () => BrowserWindow | null,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New entry', accelerator: 'CmdOrCtrl+N', click: command(window, 'new-entry') },
        { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: command(window, 'search') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

export function installMenu(window: () => BrowserWindow | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(window)));
}
