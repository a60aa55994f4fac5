import { dialog, type BrowserWindow } from 'electron';

/** The desktop app's folder chooser for Settings → Sync; null when the person cancels. */
export function syncFolderChooser(
  parent: () => BrowserWindow | null,
): () => Promise<string | null> {
  return async () => {
    const options: Electron.OpenDialogOptions = {
      title: 'Choose the sync folder',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = parent();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
