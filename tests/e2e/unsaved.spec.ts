import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { encryptJournal } from './pages/lock-page';

/**
 * Closes the tab as a person does (the page's leave handlers run), answering "Leave" to any
 * prompt, and says which dialogs the page raised on the way.
 */
async function closeTab(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  return dialogs;
}

/** The keys in the page's own storage that hold a copy of unsaved text. */
function keptCopies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('waymark.unsaved:')),
  );
}

async function writeSavedEntry(journal: JournalPage, text: string): Promise<void> {
  await journal.newEntry();
  await journal.page.keyboard.type(text);
  await journal.expectSaved();
}

test('closing a tab with everything saved asks nothing', async ({ page, waymark }) => {
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await writeSavedEntry(journal, 'Plans for March');
  expect(await closeTab(page)).toEqual([]);
});

test('closing a tab while a save fails asks first, and the text is offered back on the next open', async ({
  page,
  waymark,
}) => {
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await writeSavedEntry(journal, 'Plans for March');
  await journal.failSaves();
  await page.keyboard.type('. Call Dana about the studio');
  await journal.expectSaveFailing();
  expect(await closeTab(page)).toEqual(['beforeunload']);

  const next = new JournalPage(await page.context().newPage());
  await next.open(waymark.url);
  await next.entryLink(/Plans for March/).click();
  await expect(next.unsavedNotice).toContainText(
    'This entry has changes that were not saved when Waymark closed',
  );
  await expect(next.editor).toHaveText('Plans for March');
  await next.unsavedNotice.getByRole('button', { name: 'Restore' }).click();
  await expect(next.unsavedNotice).toBeHidden();
  await expect(next.editor).toHaveText('Plans for March. Call Dana about the studio');
  await next.expectSaved();
  expect(await keptCopies(next.page)).toEqual([]);

  // Saved for good: after a reload the text is there and nothing more is offered.
  await next.page.reload();
  await next.entryLink(/Plans for March/).click();
  await expect(next.editor).toHaveText('Plans for March. Call Dana about the studio');
  await expect(next.unsavedNotice).toBeHidden();
});

test('a kept copy can be discarded, and the saved text stays', async ({ page, waymark }) => {
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await writeSavedEntry(journal, 'Salary talk');
  await journal.failSaves();
  await page.keyboard.type(' went badly');
  await journal.expectSaveFailing();
  expect(await closeTab(page)).toEqual(['beforeunload']);

  const next = new JournalPage(await page.context().newPage());
  await next.open(waymark.url);
  await next.entryLink(/Salary talk/).click();
  await next.unsavedNotice.getByRole('button', { name: 'Discard' }).click();
  await expect(next.unsavedNotice).toBeHidden();
  await expect(next.editor).toHaveText('Salary talk');
  expect(await keptCopies(next.page)).toEqual([]);
});

test('an encrypted journal keeps no copy of unsaved text in the page, and closing still asks', async ({
  page,
  waymark,
}) => {
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await encryptJournal(page, 'maple syrup on a tuesday');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal', exact: true })
    .click();
  await writeSavedEntry(journal, 'Offer from Contoso');
  await journal.failSaves();
  await page.keyboard.type(' at 120k');
  await journal.expectSaveFailing();
  expect(await keptCopies(page)).toEqual([]);
  expect(await closeTab(page)).toEqual(['beforeunload']);

  const next = new JournalPage(await page.context().newPage());
  await next.open(waymark.url);
  expect(await keptCopies(next.page)).toEqual([]);
  await next.entryLink(/Offer from Contoso/).click();
  await expect(next.editor).toHaveText('Offer from Contoso');
  await expect(next.unsavedNotice).toBeHidden();
});
