import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { JournalPage } from '../e2e/pages/journal-page';
import { SettingsPage } from '../e2e/pages/settings-page';
import { SyncSection } from '../e2e/pages/sync-section';

/** Pictures of Settings → Sync, off and on, light and dark (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`sync settings render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    const folder = mkdtempSync(join(tmpdir(), 'waymark-shot-sync-'));
    try {
      await page.emulateMedia({ colorScheme });
      await new JournalPage(page).open(waymark.url);
      await new SettingsPage(page).open();
      const sync = new SyncSection(page);
      await sync.region.getByRole('radio', { name: 'A WebDAV server' }).check();
      await sync.region.getByRole('button', { name: 'Turn on sync' }).click();
      await expect(sync.region.getByRole('alert').first()).toBeVisible();
      await sync.region.screenshot({ path: `test-results/screens/sync-setup-${colorScheme}.png` });
      await sync.region.getByRole('radio', { name: 'A folder' }).check();
      await sync.useFolder(folder, 'river stone lamp');
      await sync.syncAndWait();
      await sync.region.screenshot({ path: `test-results/screens/sync-on-${colorScheme}.png` });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
