import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { encryptJournal, lockHeading, unlockJournal as unlock } from './pages/lock-page';
import { SettingsPage, writeEntry } from './pages/settings-page';
import { mainNavLink } from './pages/nav';

const PASS = 'maple syrup on a tuesday';
const SECRET = 'Hoping Contoso offers 120k';

/** Every file under the data folder whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && readFileSync(path).includes(text));
}

test('encrypting, locking and unlocking the journal', async ({ page, waymark, journal }) => {
  await writeEntry(journal, SECRET);
  await encryptJournal(page, PASS, { firstMistype: true });
  await expect(page.getByText('Your journal is encrypted.')).toBeVisible();
  expect(filesContaining(waymark.dataDir, 'Contoso')).toEqual([]);

  // Lock now: the window shows the lock screen and holds none of the journal.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockHeading(page)).toBeVisible();
  expect(await page.content()).not.toContain('Contoso');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not open this journal. Nothing was changed.',
  );
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page, PASS);
  await mainNavLink(page, 'Journal').click();
  await expect(journal.entryLink(/Contoso/)).toBeVisible();

  // A restart opens on the lock screen.
  await waymark.restart();
  await page.goto(waymark.url);
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page, PASS);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Exports are plain files: the app says so before writing one.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.exportEverything.click();
  const warning = page.getByRole('dialog', { name: 'This export will not be encrypted' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  await settings.exportEverything.click();
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('Contoso');
});

test('auto-lock after the chosen idle time saves the last words first', async ({
  page,
  waymark,
}) => {
  await page.clock.install();
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await encryptJournal(page, PASS);
  await page.getByLabel('Lock after being idle for').selectOption({ label: '1 minute' });
  await expect(page.getByLabel('Lock after being idle for')).toHaveValue('1');

  await mainNavLink(page, 'Journal').click();
  await journal.newEntryButton.click();
  await journal.editor.click();
  await page.keyboard.type('Typed just before walking away');
  // No key press or click for over a minute.
  await page.clock.fastForward('01:10');
  await expect(lockHeading(page)).toBeVisible();
  expect(await page.content()).not.toContain('walking away');

  await unlock(page, PASS);
  await mainNavLink(page, 'Journal').click();
  await expect(journal.entryLink(/Typed just before walking away/)).toBeVisible();

  // Activity keeps it open: a key press every 40 seconds, for two minutes.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift');
    await page.clock.fastForward('00:40');
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(lockHeading(page)).toHaveCount(0);
});

test('changing the passphrase and removing encryption ask for the current one', async ({
  page,
  waymark,
}) => {
  await new JournalPage(page).open(waymark.url);
  await encryptJournal(page, PASS);

  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const change = page.getByRole('dialog', { name: 'Change passphrase' });
  await change.getByLabel('Current passphrase').fill('wrong passphrase');
  await change.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await change.getByLabel('Repeat new passphrase').fill('a brand new passphrase');
  await change.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(change.getByRole('alert')).toHaveText(
    'That passphrase does not open this journal. Nothing was changed.',
  );
  await change.getByLabel('Current passphrase').fill(PASS);
  await change.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(change).toBeHidden();
  await expect(page.getByText('Your passphrase is changed.')).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this journal');
  await unlock(page, 'a brand new passphrase');

  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByRole('button', { name: 'Remove encryption…' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove encryption' });
  await remove.getByLabel('Current passphrase').fill('a brand new passphrase');
  await remove.getByRole('button', { name: 'Remove encryption', exact: true }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByText('Your journal is no longer encrypted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Encrypt journal…' })).toBeVisible();
  await waymark.restart();
  await page.goto(waymark.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
