/**
 * Saving the plan as a PDF in the desktop app: a save dialog, then a hidden window that opens our
 * own print view (same page, same security settings as the main window) and Electron's
 * `printToPDF` of it. Everything about the document itself lives in the renderer's print view;
 * this file only asks where, prints, and writes the file.
 */
import { app, BrowserWindow, dialog, shell, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../contract/errors';
import type { PrintOptions, SavePdfResult } from '../contract/export';
import type { PdfHost } from '../core/context';
import { PRINT_ERROR_ATTRIBUTE, PRINT_STATE_ATTRIBUTE, printHash } from '../contract/print-route';
import { lockNavigation } from './navigation';
import { mainWindowOptions } from './window-options';

export const PDF_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export interface PdfHostOptions {
  /** The renderer's page (file:// in a build, the dev server in development). */
  appUrl: string;
  preload: string;
  /** The window the save dialog belongs to. */
  parent: () => BrowserWindow | null;
  timeoutMs?: number;
}

/** A file name the save dialog can offer on every system: no separators, no reserved characters. */
export function safePdfName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  const base = cleaned.replace(/\.pdf$/i, '') || 'Career plan';
  return `${base}.pdf`;
}

class TimedOut extends Error {}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the print view says its pages are final, or reports the sentence it failed with. */
async function waitUntilPrinted(window: BrowserWindow, isStopped: () => boolean): Promise<void> {
  const probe = `[document.documentElement.getAttribute('${PRINT_STATE_ATTRIBUTE}'), document.documentElement.getAttribute('${PRINT_ERROR_ATTRIBUTE}')]`;
  while (!isStopped()) {
    const [state, error] = (await window.webContents.executeJavaScript(probe)) as [
      string | null,
      string | null,
    ];
    if (state === 'ready') return;
    if (state === 'error') throw new Error(error || 'The print view could not be laid out.');
    await delay(POLL_MS);
  }
}

async function printToBuffer(
  options: PdfHostOptions,
  print: PrintOptions,
  timeoutMs: number,
): Promise<Buffer> {
  const window = new BrowserWindow(
    mainWindowOptions(options.preload, { width: 1000, height: 1300 }),
  );
  lockNavigation(window, options.appUrl);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), timeoutMs);
  });
  try {
    const work = (async () => {
      await window.loadURL(`${options.appUrl}${printHash(print)}`);
      await waitUntilPrinted(window, () => stopped);
      return window.webContents.printToPDF({
        // The print view draws its own header, footer and margins on pages of exactly this size.
        preferCSSPageSize: true,
        pageSize: print.paper === 'letter' ? 'Letter' : 'A4',
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        printBackground: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
      });
    })();
    return await Promise.race([work, timeout]);
  } finally {
    stopped = true;
    clearTimeout(timer);
    if (!window.isDestroyed()) window.destroy();
  }
}

function failure(error: unknown): SavePdfResult {
  if (error instanceof TimedOut) {
    return {
      ok: false,
      canceled: false,
      error:
        'Creating the PDF took longer than 30 seconds, so Waymark stopped. Try again, or export fewer aspirations at once.',
    };
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      ok: false,
      canceled: false,
      error: 'Waymark is not allowed to write there. Choose another folder.',
    };
  }
  if (code === 'ENOSPC') {
    return { ok: false, canceled: false, error: 'The disk is full, so the PDF was not saved.' };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, canceled: false, error: `The PDF could not be created: ${reason}` };
}

export function createPdfHost(options: PdfHostOptions): PdfHost {
  const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
  // Only files this session wrote may be revealed: the window cannot ask to open arbitrary paths.
  const saved = new Set<string>();
  return {
    async savePdf({ options: print, fileName }) {
      const parent = options.parent();
      const dialogOptions: SaveDialogOptions = {
        title: 'Save PDF',
        defaultPath: join(app.getPath('documents'), safePdfName(fileName)),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const choice = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { ok: false, canceled: true };
      const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
      try {
        const pdf = await printToBuffer(options, print, timeoutMs);
        await writeFile(path, pdf);
        saved.add(path);
        return { ok: true, path };
      } catch (error) {
        return failure(error);
      }
    },
    showInFolder(path) {
      if (!saved.has(path)) {
        throw new ApiError('not_found', 'Waymark can only show a PDF it saved since it started.');
      }
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
