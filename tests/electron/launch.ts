import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The Electron binary npm test found; a direct run without it must fail, not pass. */
export function electronPath(): string {
  const path = process.env.WAYMARK_ELECTRON;
  if (!path) throw new Error('Set WAYMARK_ELECTRON to the Electron binary (npm test does).');
  return path;
}

/** A fresh data folder for one test, removed afterwards. */
export async function withDataDir(body: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
  try {
    await body(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function launchApp(dataDir: string) {
  return electron.launch({
    executablePath: electronPath(),
    args: [ROOT, '--data-dir', dataDir],
    cwd: ROOT,
  });
}

/** Launches the app on a fresh data folder for `body`, then closes it and removes the folder. */
export function withApp(
  body: (app: ElectronApplication, dataDir: string) => Promise<void>,
): Promise<void> {
  return withDataDir(async (dataDir) => {
    const app = await launchApp(dataDir);
    try {
      await body(app, dataDir);
    } finally {
      await app.close();
    }
  });
}
