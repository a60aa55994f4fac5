import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { WaymarkServer } from '../fixtures';

/** Overwrites the first page of the journal file with garbage, as a failing disk might. */
export function damageJournal(dataDir: string): void {
  const fd = openSync(join(dataDir, 'waymark.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
  closeSync(fd);
}

/**
 * Restarts the server with `whileStopped` done to its files in between, reloads the app and waits
 * for the recovery screen.
 */
export async function restartIntoRecovery(
  page: Page,
  waymark: WaymarkServer,
  whileStopped: () => void,
  options?: { crash?: boolean },
): Promise<void> {
  await waymark.restart(whileStopped, options);
  await page.goto(waymark.url);
  await expect(
    page.getByRole('heading', { name: 'Your journal needs your attention' }),
  ).toBeVisible();
}
