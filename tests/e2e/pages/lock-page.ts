import { expect, type Page } from '@playwright/test';
import { SettingsPage } from './settings-page';

/**
 * Settings → Encrypt journal…: types the passphrase twice and waits until the journal is encrypted.
 * With `firstMistype`, the repeat is mistyped first and the dialog must say so.
 */
export async function encryptJournal(
  page: Page,
  passphrase: string,
  options: { firstMistype?: boolean } = {},
): Promise<void> {
  await new SettingsPage(page).open();
  await page.getByRole('button', { name: 'Encrypt journal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encrypt your journal' });
  await expect(dialog.getByText('Nobody can recover a forgotten passphrase')).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  const encrypt = dialog.getByRole('button', { name: 'Encrypt journal', exact: true });
  if (options.firstMistype) {
    await dialog.getByLabel('Repeat passphrase').fill(`${passphrase} typo`);
    await encrypt.click();
    await expect(dialog.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  }
  await dialog.getByLabel('Repeat passphrase').fill(passphrase);
  await encrypt.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
}

/** The lock screen: types the passphrase and waits for the app to open. */
export async function unlockJournal(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export const lockHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Your journal is locked', level: 1 });
