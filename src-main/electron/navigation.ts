import { shell, type BrowserWindow } from 'electron';

/** Only web and mail links leave the app, and only to the system's own programs. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** No new windows, no navigation away from our page; allowed links open in the system browser. */
export function lockNavigation(window: BrowserWindow, appUrl: string): void {
  const appOrigin = new URL(appUrl);
  const isOurPage = (url: string) => {
    try {
      const target = new URL(url);
      return (
        target.protocol === appOrigin.protocol &&
        target.host === appOrigin.host &&
        target.pathname === appOrigin.pathname
      );
    } catch {
      return false;
    }
  };
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isOurPage(url)) return;
    event.preventDefault();
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
}
