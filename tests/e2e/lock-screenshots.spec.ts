import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { encryptJournal } from './pages/lock-page';
import { SettingsPage } from './pages/settings-page';

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

test('a missing journal with encrypted backups: the recovery screen asks for the passphrase', async ({
  page,
  waymark,
}) => {
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await encryptJournal(page, 'a long passphrase');
  await new SettingsPage(page).backUp();
  await waymark.restart(() => rmSync(join(waymark.dataDir, 'waymark.sqlite')));
  await page.goto(waymark.url);
  await expect(
    page.getByRole('heading', { name: 'Your journal needs your attention' }),
  ).toBeVisible();
  await expect(page.getByText('Your backups are encrypted.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('not it');
  await page.getByRole('button', { name: 'Unlock backups' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open your backups');
  await page.screenshot({
    path: 'test-results/screens/recovery-encrypted-light.png',
    fullPage: true,
  });
  await page.getByLabel('Passphrase').fill('a long passphrase');
  await page.getByRole('button', { name: 'Unlock backups' }).click();
  await page.getByRole('button', { name: /^Restore the backup of/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
