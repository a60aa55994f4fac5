import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';

test('the keyboard shortcuts sheet opens with ? and F1, lists the commands, and closes with Escape', async ({
  page,
  waymark,
}) => {
  await new JournalPage(page).open(waymark.url);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'File' })).toContainText('New entry');
  await expect(sheet.getByRole('region', { name: 'Go' })).toContainText('Journal');
  await expect(sheet.getByRole('region', { name: 'Editing' })).toContainText('Bold');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
});

test('typing ? in the editor types it instead of opening the sheet', async ({ page, waymark }) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await page.keyboard.type('Why now?');
  await expect(journal.editor).toHaveText('Why now?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});

test('the New entry shortcut creates an entry from anywhere, and Back does not create another', async ({
  page,
  journal,
}) => {
  await page.keyboard.press('ControlOrMeta+n');
  await expect(journal.editor).toBeFocused();
  await journal.write('Made with the shortcut');
  await page.goBack();
  await page.goForward();
  await expect(journal.entryList.getByRole('link')).toHaveCount(1);
});
