import type { Page } from '@playwright/test';
import type { RichTextNode } from '../../src-main/contract';
import { callApi } from './api';
import { expect, test, type WaymarkServer } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { encryptJournal, unlockJournal } from './pages/lock-page';
import { mainNavLink } from './pages/nav';

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

/**
 * Closes the tab while the server is stopped, so the last-chance save sent as the page goes (which
 * no route of the closing page can be relied on to catch) cannot get through either; the server
 * comes back on the same address, so the page's storage is the same.
 */
async function closeWhileServerIsDown(page: Page, waymark: WaymarkServer): Promise<string[]> {
  let dialogs: string[] = [];
  await waymark.restart(
    async () => {
      dialogs = await closeTab(page);
    },
    { samePort: true },
  );
  return dialogs;
}

/** The keys in the page's own storage that hold a copy of unsaved text. */
function keptCopies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('waymark.unsaved:')),
  );
}

/** Writes an entry and waits until it is saved; its id, from the address. */
async function writeSavedEntry(journal: JournalPage, text: string): Promise<string> {
  await journal.newEntry();
  await journal.page.keyboard.type(text);
  await journal.expectSaved();
  return new URL(journal.page.url()).hash.split('/').at(-1) ?? '';
}

/** Writes an entry and saves it, then types more while every save fails. Returns the entry's id. */
async function typeWhileSavesFail(journal: JournalPage, saved: string, typed: string) {
  const id = await writeSavedEntry(journal, saved);
  await journal.failSaves();
  await journal.page.keyboard.type(typed);
  await journal.expectSaveFailing();
  return id;
}

/**
 * Types while saves fail and closes the tab, which asks first; then opens the entry again in a new
 * tab, where the unsaved text is offered back.
 */
async function closeUnsavedAndReopen(
  journal: JournalPage,
  waymark: WaymarkServer,
  saved: string,
  typed: string,
): Promise<JournalPage> {
  await typeWhileSavesFail(journal, saved, typed);
  expect(await closeWhileServerIsDown(journal.page, waymark)).toEqual(['beforeunload']);
  const next = new JournalPage(await journal.page.context().newPage());
  await next.open(waymark.url);
  await next.entryLink(new RegExp(saved)).click();
  return next;
}

function textOf(node: RichTextNode): string {
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('');
}

test('closing a tab with everything saved asks nothing', async ({ page, journal }) => {
  await writeSavedEntry(journal, 'Plans for March');
  expect(await closeTab(page)).toEqual([]);
});

test('closing a tab while a save fails asks first, and the text is offered back on the next open', async ({
  waymark,
  journal,
}) => {
  const next = await closeUnsavedAndReopen(
    journal,
    waymark,
    'Plans for March',
    '. Call Dana about the studio',
  );
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

test('a kept copy can be discarded, and the saved text stays', async ({ waymark, journal }) => {
  const next = await closeUnsavedAndReopen(journal, waymark, 'Salary talk', ' went badly');
  await next.unsavedNotice.getByRole('button', { name: 'Discard' }).click();
  await expect(next.unsavedNotice).toBeHidden();
  await expect(next.editor).toHaveText('Salary talk');
  expect(await keptCopies(next.page)).toEqual([]);
});

test('an encrypted journal keeps no copy of unsaved text in the page, and closing still asks', async ({
  page,
  waymark,
  journal,
}) => {
  await encryptJournal(page, 'maple syrup on a tuesday');
  await mainNavLink(page, 'Journal').click();
  await typeWhileSavesFail(journal, 'Offer from Contoso', ' at 120k');
  expect(await keptCopies(page)).toEqual([]);
  expect(await closeWhileServerIsDown(page, waymark)).toEqual(['beforeunload']);

  const next = new JournalPage(await page.context().newPage());
  await next.page.goto(waymark.url);
  await unlockJournal(next.page, 'maple syrup on a tuesday');
  await mainNavLink(next.page, 'Journal').click();
  expect(await keptCopies(next.page)).toEqual([]);
  await next.entryLink(/Offer from Contoso/).click();
  await expect(next.editor).toHaveText('Offer from Contoso');
  await expect(next.unsavedNotice).toBeHidden();
});

test('leaving the Journal while a save fails keeps the text unsaved, and closing still asks', async ({
  page,
  journal,
}) => {
  await typeWhileSavesFail(journal, 'Plans for March', '. Call Dana about the studio');
  await journal.leaveFor('Plan');
  await expect(journal.editor).toBeHidden();
  expect(await closeTab(page)).toEqual(['beforeunload']);
});

test('text left behind on a failing save is what the entry shows again, and it is saved once saves go through', async ({
  page,
  waymark,
  journal,
}) => {
  const id = await typeWhileSavesFail(journal, 'Offer from Contoso', ' at 120k');
  await journal.leaveFor('Plan');
  await expect(journal.editor).toBeHidden();

  // Back while saves still fail: the newest text, not the older saved one, and nothing to restore.
  await journal.leaveFor('Journal');
  await expect(journal.entryLink(/Offer from Contoso/)).toHaveAttribute('aria-current', 'true');
  await expect(journal.editor).toHaveText('Offer from Contoso at 120k');
  await expect(journal.unsavedNotice).toBeHidden();
  await journal.expectSaveFailing();

  await journal.leaveFor('Plan');
  await expect(journal.editor).toBeHidden();
  await journal.allowSaves();
  await expect
    .poll(async () => textOf((await callApi(page.request, waymark, 'journal:get', { id })).body), {
      timeout: 30_000,
    })
    .toBe('Offer from Contoso at 120k');
  // Saved in the background: no copy is kept, and closing asks nothing.
  await expect.poll(() => keptCopies(page)).toEqual([]);
  expect(await closeTab(page)).toEqual([]);
});

test('a goal left while its save fails opens again with the newest changes, saved once saves go through', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Advertising');
  await plan.goalLink('Win 50 pitches').click();
  const target = plan.smart('Measurable').getByLabel('Target');
  const isGoalSave = (url: URL) => url.pathname === `/api/${encodeURIComponent('plan:updateGoal')}`;
  await page.route(isGoalSave, (route) => route.abort());
  await target.fill('40');
  await expect(plan.saveStatus).toContainText('Couldn’t save — retrying');

  const journal = new JournalPage(page);
  await journal.leaveFor('Journal');
  await journal.leaveFor('Plan');
  await plan.goalLink('Win 50 pitches').click();
  await expect(target).toHaveValue('40');

  await page.unroute(isGoalSave);
  await plan.expectSaved();
  await page.reload();
  await expect(target).toHaveValue('40');
  expect(await closeTab(page)).toEqual([]);
});
