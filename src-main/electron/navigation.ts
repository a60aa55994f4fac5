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

/** Is `url` our own page (any route in its hash), not another file or site? */
export function isAppPage(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return (
      target.protocol === app.protocol &&
      target.host === app.host &&
      target.pathname === app.pathname
    );
  } catch {
    return false;
  }
}

/** No new windows, no navigation away from our page; allowed links open in the system browser. */
export function lockNavigation(window: BrowserWindow, appUrl: string): void {
  const isOurPage = (url: string) => isAppPage(url, appUrl);
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
