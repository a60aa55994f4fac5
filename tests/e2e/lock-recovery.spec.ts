import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { encryptJournal } from './pages/lock-page';
import { SettingsPage } from './pages/settings-page';
import { restartIntoRecovery } from './pages/recovery';

test('a missing journal with encrypted backups: the recovery screen asks for the passphrase', async ({
  page,
  waymark,
}) => {
  await new JournalPage(page).open(waymark.url);
  await encryptJournal(page, 'a long passphrase');
  await new SettingsPage(page).backUp();
  await restartIntoRecovery(page, waymark, () => rmSync(join(waymark.dataDir, 'waymark.sqlite')));
  await expect(page.getByText('Your backups are encrypted.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('not it');
  await page.getByRole('button', { name: 'Unlock backups' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open your backups');
  await page.getByLabel('Passphrase').fill('a long passphrase');
  await page.getByRole('button', { name: 'Unlock backups' }).click();
  await page.getByRole('button', { name: /^Restore the backup of/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
