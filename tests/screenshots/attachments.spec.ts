import { pdfUpload, pngUpload } from '../unit/attachment-fixtures';
import { test } from '../e2e/fixtures';
import { Attachments } from '../e2e/pages/attachments';
import { JournalPage } from '../e2e/pages/journal-page';

/** An entry with a picture and a file card, light and dark, for a person to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`pictures and files in an entry, ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const journal = await JournalPage.startEntry(page, waymark.url);
    const attachments = new Attachments(page);
    await page.keyboard.type('Conference day');
    await attachments.paste(pngUpload('shot', [90, 60, 160], 240));
    await attachments.describe('Speaker on a purple stage', 'Keynote in Lisbon');
    await attachments.choose(pdfUpload('northwind-offer.pdf'));
    await journal.expectSaved();
    await page.screenshot({ path: `test-results/screens/attachments-${colorScheme}.png` });
  });
}
