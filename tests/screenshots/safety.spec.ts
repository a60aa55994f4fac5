import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { JournalPage } from '../e2e/pages/journal-page';
import { SettingsPage, writeEntry } from '../e2e/pages/settings-page';
import { damageJournal, restartIntoRecovery } from '../e2e/pages/recovery';

/** Pictures of Settings and of the recovery screen, light and dark (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`settings and recovery screens render in the ${colorScheme} theme`, async ({
    page,
    waymark,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 1180 }); // the whole Settings screen at once
    const journal = new JournalPage(page);
    await journal.open(waymark.url);
    await writeEntry(journal, 'Quarterly check-in');
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.backUp();
    // A history of older backups, as weeks of use would leave (copies of today's, renamed).
    const folder = join(waymark.dataDir, 'backups');
    const [today] = readdirSync(folder);
    const history: [string, string][] = [
      ['2025-06-29T08-12-40-118Z', 'daily'],
      ['2025-06-27T19-02-11-507Z', 'pre-import'],
      ['2025-06-20T07-45-03-020Z', 'daily'],
      ['2025-05-31T09-30-00-000Z', 'pre-migration'],
    ];
    for (const [stamp, kind] of history) {
      copyFileSync(join(folder, today as string), join(folder, `waymark-${stamp}-${kind}.sqlite`));
    }
    await page.reload();
    await expect(settings.backupRows()).toHaveCount(5);
    await settings.exportMarkdown.click();
    await expect(page.getByRole('status').filter({ hasText: 'Markdown' })).toBeVisible();
    await page.screenshot({
      path: `test-results/screens/settings-${colorScheme}.png`,
      fullPage: true,
    });

    await settings
      .backupRows()
      .first()
      .getByRole('button', { name: /^Restore the backup of/ })
      .click();
    await expect(settings.dialog).toBeVisible();
    await page.screenshot({
      path: `test-results/screens/settings-restore-dialog-${colorScheme}.png`,
    });
    await page.keyboard.press('Escape');

    await restartIntoRecovery(page, waymark, () => damageJournal(waymark.dataDir));
    await page.screenshot({
      path: `test-results/screens/recovery-${colorScheme}.png`,
      fullPage: true,
    });
  });
}
