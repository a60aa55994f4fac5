/**
 * Files the window makes itself (Word, plain text, JSON Resume, data exports) arrive as downloads
 * of `blob:` addresses. On the desktop each one asks where to save, in the person's Documents
 * folder, with the file's own type offered. Nothing else: the window cannot navigate anywhere a
 * download could come from.
 */
import { app, type Session } from 'electron';
import { extname, join } from 'node:path';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  txt: { name: 'Plain text', extensions: ['txt'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export function askWhereToSaveDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    const name = item.getFilename();
    const filter = FILTERS[extname(name).slice(1).toLowerCase()];
    item.setSaveDialogOptions({
      title: 'Save',
      defaultPath: join(app.getPath('documents'), name),
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });
}
