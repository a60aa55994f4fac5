import { pdfBytes, pngBytes } from '../unit/attachment-fixtures';
import { test } from '../e2e/fixtures';
import { Attachments } from '../e2e/pages/attachments';
import { JournalPage } from '../e2e/pages/journal-page';

/** An entry with a picture and a file card, light and dark, for a person to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`pictures and files in an entry, ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const journal = new JournalPage(page);
    const attachments = new Attachments(page);
    await journal.open(waymark.url);
    await journal.newEntry();
    await page.keyboard.type('Conference day');
    await attachments.paste({
      name: 'image.png',
      mimeType: 'image/png',
      buffer: pngBytes('shot', [90, 60, 160], 240),
    });
    await attachments.description.fill('Speaker on a purple stage');
    await attachments.describeDialog.getByLabel('Caption (optional)').fill('Keynote in Lisbon');
    await attachments.describeDialog.getByRole('button', { name: 'Save description' }).click();
    await attachments.choose({
      name: 'northwind-offer.pdf',
      mimeType: 'application/pdf',
      buffer: pdfBytes(),
    });
    await journal.expectSaved();
    await page.screenshot({ path: `test-results/screens/attachments-${colorScheme}.png` });
  });
}
