import type { PrintOptions, SavePdfResult } from '../contract/export';
import type { FileOpener, OpenCopies } from '../attachments/open-copies';
import type { Db } from '../db/open';
import type { SecretBox } from '../sync/secrets';
import type { JournalSession } from './session';

/**
 * Printing the plan to a PDF file: only the desktop host can (a save dialog and a hidden window
 * printed by Electron). The browser edition leaves it out and prints through the browser.
 */
export interface PdfHost {
  savePdf(request: { options: PrintOptions; fileName: string }): Promise<SavePdfResult>;
  showInFolder(path: string): { shown: true };
}

/** What every handler receives: the open journal and where it lives. Services take `db` only. */
export interface AppContext {
  /**
   * The journal open right now, asked of the session on every read: a restore or a recovery
   * replaces it while the app runs, so never keep it beyond one call.
   */
  readonly db: Db;
  readonly session: JournalSession;
  dataDir: string;
  databaseFile: string;
  host: 'desktop' | 'web';
  version: string;
  /** The clock, replaceable in tests. */
  now: () => Date;
  /** Present in the desktop app only. */
  pdf?: PdfHost;
  /** How sync's key and password are sealed; the desktop app uses the system keychain. */
  secretBox?: SecretBox;
  /** The desktop app's folder chooser (Settings → Sync); the browser edition types a path. */
  chooseFolder?: () => Promise<string | null>;
  /** Desktop only: opens a file in the system's app, from a copy kept in `openCopies`. */
  opener?: FileOpener;
  openCopies?: OpenCopies;
}
