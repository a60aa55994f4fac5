import { expect, test } from '../e2e/fixtures';
import { JournalPage } from '../e2e/pages/journal-page';
import { SettingsPage } from '../e2e/pages/settings-page';

/** Pictures of the encryption screens, light and dark (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`encryption screens render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const journal = new JournalPage(page);
    await journal.open(waymark.url);
    const settings = new SettingsPage(page);
    await settings.open();
    await page.getByRole('button', { name: 'Encrypt journal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Encrypt your journal' });
    await dialog.getByLabel('Passphrase', { exact: true }).fill('a long passphrase');
    await dialog.getByLabel('Repeat passphrase').fill('short');
    await dialog.getByRole('button', { name: 'Encrypt journal', exact: true }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/encrypt-dialog-${colorScheme}.png` });
    await dialog.getByLabel('Repeat passphrase').fill('a long passphrase');
    await dialog.getByRole('button', { name: 'Encrypt journal', exact: true }).click();
    await expect(dialog).toBeHidden();
    const section = page.getByRole('region', { name: 'Encryption' });
    await expect(section.getByRole('button', { name: 'Lock now' })).toBeVisible();
    await section.screenshot({ path: `test-results/screens/encryption-${colorScheme}.png` });
    await section.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong one');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/lock-${colorScheme}.png` });
  });
}
