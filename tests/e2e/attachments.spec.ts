import { pdfUpload, pngUpload } from '../unit/attachment-fixtures';
import { expect, test } from './fixtures';
import { Attachments } from './pages/attachments';
import { JournalPage } from './pages/journal-page';
import { SearchOverlay } from './pages/reflection';

const DESCRIPTION = 'Speaker on a purple stage';
const screenshot = pngUpload('e2e', [90, 60, 160], 240);
const offer = pdfUpload('northwind-offer.pdf');

test('a pasted picture and a chosen PDF stay with the entry, are searched and open full size', async ({
  page,
  journal,
}) => {
  const attachments = new Attachments(page);
  await journal.newEntry();
  await page.keyboard.type('Conference day');

  await attachments.paste(screenshot);
  // Asked once for a description as the picture comes in.
  await expect(attachments.description).toBeFocused();
  await attachments.describe(DESCRIPTION, 'Keynote in Lisbon');
  await expect(attachments.describeDialog).toBeHidden();
  await attachments.expectDrawn(DESCRIPTION);
  await expect(page.getByText('Keynote in Lisbon')).toBeVisible();

  await attachments.choose(offer);
  const card = attachments.fileCard('northwind-offer.pdf');
  await expect(card).toContainText('PDF document');
  await expect(card.getByRole('link', { name: 'Download northwind-offer.pdf' })).toBeVisible();
  await journal.expectSaved();

  await page.reload();
  await attachments.expectDrawn(DESCRIPTION);
  await expect(attachments.fileCard('northwind-offer.pdf')).toBeVisible();

  // Open full size; Escape closes.
  await attachments.picture(DESCRIPTION).click();
  const viewer = page.getByRole('dialog', { name: DESCRIPTION });
  await expect(viewer.getByRole('img', { name: DESCRIPTION })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // The description can be changed later.
  await page.getByRole('button', { name: 'Description…' }).click();
  const edit = page.getByRole('dialog', { name: 'Picture description' });
  await expect(edit.getByLabel('Description')).toHaveValue(DESCRIPTION);
  await page.keyboard.press('Escape');

  const search = new SearchOverlay(page);
  await search.open();
  await search.box.fill('purple');
  await expect(search.option(/Conference day/)).toBeVisible();
  await search.box.fill('northwind');
  await expect(search.option(/Conference day/)).toBeVisible();
});

test('a file whose content is not what its name says is refused in words, and the text stays', async ({
  page,
  journal,
}) => {
  const attachments = new Attachments(page);
  await journal.newEntry();
  await page.keyboard.type('Still here');
  await attachments.choose({
    name: 'cat.png',
    mimeType: 'image/png',
    buffer: Buffer.from('#!/bin/sh\necho not a picture\n'),
  });
  await expect(
    page.getByText(
      '“cat.png” was not added: its name says it is a PNG picture, but its content is not.',
    ),
  ).toBeVisible();
  await journal.expectSaved();
  await expect(journal.editor).toHaveText('Still here');
});

test('the picture route refuses a request without the tab’s cookie', async ({
  page,
  waymark,
  journal,
}) => {
  const attachments = new Attachments(page);
  await journal.newEntry();
  await attachments.paste(screenshot);
  await attachments.describe('Refused elsewhere');
  await attachments.expectDrawn('Refused elsewhere');
  const src = await attachments.picture('Refused elsewhere').locator('img').getAttribute('src');
  expect(src).toMatch(/^\/attachments\/[0-9a-f]{64}$/);
  const answer = await fetch(`${waymark.origin}${src}`);
  expect(answer.status).toBe(401);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: a picture and a file card (${scheme})`, async ({ page, waymark }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1200, height: 900 });
    const journal = await JournalPage.startEntry(page, waymark.url);
    const attachments = new Attachments(page);
    await page.keyboard.type('Offsite in Lisbon: the team plan on the whiteboard.');
    await attachments.paste(screenshot);
    await attachments.describe('The team plan on a whiteboard', 'Day two, after lunch');
    await attachments.expectDrawn('The team plan on a whiteboard');
    await attachments.choose(offer);
    await expect(attachments.fileCard('northwind-offer.pdf')).toBeVisible();
    await journal.expectSaved();
    await page.screenshot({ path: info.outputPath(`attachments-${scheme}.png`) });
  });
}

test('Settings shows the space pictures and files take, and the entries they are in', async ({
  page,
  waymark,
}, info) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  const attachments = new Attachments(page);
  await page.keyboard.type('Offer day');
  await attachments.choose(offer);
  await expect(attachments.fileCard('northwind-offer.pdf')).toBeVisible();
  await journal.expectSaved();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const section = page.getByRole('region', { name: 'Pictures and files' });
  await expect(section).toContainText('1 picture or file takes 72 bytes.');
  const largest = section.getByRole('list', { name: 'Largest pictures and files' });
  await expect(largest.getByRole('listitem')).toContainText('northwind-offer.pdf');
  await page.screenshot({ path: info.outputPath('attachments-settings.png'), fullPage: true });
  await largest.getByRole('link', { name: /Offer day/ }).click();
  await expect(attachments.fileCard('northwind-offer.pdf')).toBeVisible();
});
