import { app, BrowserWindow, dialog, nativeTheme, powerMonitor } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OpenCopies } from '../attachments/open-copies';
import { readAttachment } from '../attachments/service';
import { createAppRouter } from '../core/all-handlers';
import { syncFolderChooser } from './sync-folder-dialog';
import { keychainBox } from './sync-secrets';
import type { AppContext } from '../core/context';
import { resolveDataDir } from '../core/data-dir';
import { CHECK_AT_OPEN_BYTES } from '../core/journal-connection';
import { startMaintenance } from '../core/maintenance';
import { openJournal } from '../core/open-journal';
import { declareAttachmentScheme, serveAttachments } from './attachment-protocol';
import { guardWindowClose } from './close-window';
import { askWhereToSaveDownloads } from './downloads';
import { createPdfHost } from './export-pdf';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { provideFileOpening } from './open-file';
import { electronNativeBinding } from './native-binding';
import { lockNavigation } from './navigation';
import { startReminders } from './reminders';
import { mainWindowOptions } from './window-options';
import { loadWindowState, saveZoomLevel, trackWindowState } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
let journal: AppContext | null = null;
let stopMaintenance: (() => void) | null = null;
let stopReminders: (() => void) | null = null;
const servedSessions = new WeakSet<Electron.Session>();
/** A quit waits for the window's close guard; once the window has closed, the quit goes on. */
let quitting = false;

function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devServer) return devServer;
  return pathToFileURL(join(here, '../renderer/index.html')).toString();
}

const preloadPath = () => join(here, '../preload/index.cjs');

function createWindow(dataDir: string, appUrl: string): BrowserWindow {
  const bounds = loadWindowState(dataDir);
  const window = new BrowserWindow(mainWindowOptions(preloadPath(), bounds));
  if (!servedSessions.has(window.webContents.session)) {
    serveAttachments(window.webContents.session, (sha256) =>
      journal ? readAttachment(journal.db, sha256) : null,
    );
    askWhereToSaveDownloads(window.webContents.session);
    servedSessions.add(window.webContents.session);
  }
  if (bounds.maximized) window.maximize();
  trackWindowState(window, dataDir);
  lockNavigation(window, appUrl);
  guardWindowClose(window, () => {
    quitting = false;
  });
  window.webContents.on('did-finish-load', () =>
    window.webContents.setZoomLevel(bounds.zoomLevel ?? 0),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
    // Elsewhere the last window closing quits the app (window-all-closed).
    if (quitting && process.platform === 'darwin') app.quit();
  });
  void window.loadURL(appUrl);
  return window;
}

/** The desktop app: one instance, one window, the journal opened once in this process. */
export function startDesktop(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  declareAttachmentScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(
    () => {
      nativeTheme.themeSource = 'system';
      const dataDir = resolveDataDir({
        argv: process.argv,
        env: process.env,
        fallback: app.getPath('userData'),
      });
      try {
        // A damaged journal does not stop the app: it opens on the recovery screen instead.
        journal = openJournal({
          dataDir,
          host: 'desktop',
          checkAtOpenBytes: CHECK_AT_OPEN_BYTES,
          nativeBinding: electronNativeBinding(app.getAppPath(), app.isPackaged),
        });
      } catch (error) {
        dialog.showErrorBox(
          'Waymark could not open your journal',
          error instanceof Error ? error.message : String(error),
        );
        app.exit(1);
        return;
      }
      stopMaintenance = startMaintenance(journal);
      const appUrl = rendererUrl();
      journal.pdf = createPdfHost({ appUrl, preload: preloadPath(), parent: () => mainWindow });
      journal.secretBox = keychainBox();
      journal.chooseFolder = syncFolderChooser(() => mainWindow);
      provideFileOpening(journal, new OpenCopies());
      registerIpc(createAppRouter(journal), appUrl);
      installMenu({
        window: () => mainWindow,
        dataDir,
        onZoom: (level) => mainWindow && saveZoomLevel(dataDir, level),
      });
      mainWindow = createWindow(dataDir, appUrl);
      const showWindow = () => {
        mainWindow ??= createWindow(dataDir, appUrl);
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.focus();
        return mainWindow;
      };
      stopReminders = startReminders(journal, showWindow);
      // The computer's own screen lock locks an encrypted journal too (the page saves first).
      powerMonitor.on('lock-screen', () => {
        if (journal?.session.isEncrypted && !journal.session.isLocked) {
          mainWindow?.webContents.send('waymark:command', 'lock-now');
        }
      });
      app.on('activate', () => {
        if (!mainWindow) mainWindow = createWindow(dataDir, appUrl);
      });
    },
    (error: unknown) => {
      console.error(error);
      app.exit(1);
    },
  );

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopMaintenance?.();
    stopReminders?.();
    journal?.session.close();
    journal = null;
  });
}
