import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pdfUpload, pngBytes, pngUpload } from '../unit/attachment-fixtures';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { Attachments } from './pages/attachments';
import { JournalPage } from './pages/journal-page';
import { openPrintView } from './pages/print-pdf';
import { SettingsPage } from './pages/settings-page';
import { seedPlan } from './plan-seed';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photo = pngUpload('export', [200, 90, 40], 320);
const offer = pdfUpload('northwind offer.pdf');

test('a dropped PDF shows as a file card, and is still there after a reload', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  const attachments = new Attachments(page);
  await page.keyboard.type('Offer arrived');
  await attachments.drop(offer);
  const card = attachments.fileCard('northwind offer.pdf');
  await expect(card).toContainText('PDF document');
  await journal.expectSaved();
  await page.reload();
  await expect(attachments.fileCard('northwind offer.pdf')).toBeVisible();
  await expect(journal.editor).toContainText('Offer arrived');
});

test('Export as Markdown writes the pictures and files beside the notes, linked relatively', async ({
  page,
  waymark,
}, info) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  const attachments = new Attachments(page);
  await page.keyboard.type('Lisbon offsite');
  await attachments.paste(photo);
  await attachments.describe('The team at the whiteboard');
  await attachments.expectDrawn('The team at the whiteboard');
  await attachments.choose(offer);
  await expect(attachments.fileCard('northwind offer.pdf')).toBeVisible();
  await journal.expectSaved();
  // The file chosen after the picture comes after it, where the cursor is.
  const order = await journal.editor.evaluate((root) =>
    [...root.querySelectorAll('figure, [data-type="file-card"], .file-card')].map((el) =>
      el.tagName === 'FIGURE' ? 'picture' : 'file',
    ),
  );
  expect(order).toEqual(['picture', 'file']);

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.exportMarkdown.click();
  const notice = page.getByRole('status').filter({ hasText: 'Markdown' });
  await expect(notice).toContainText('with 2 pictures and files in journal/attachments');
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('markdown-export-notice.png') });

  const exports = join(waymark.dataDir, 'exports');
  const folder = join(exports, readdirSync(exports)[0] as string, 'journal');
  const note = readdirSync(folder).find((name) => name.endsWith('.md')) as string;
  const markdown = readFileSync(join(folder, note), 'utf8');
  const links = [...markdown.matchAll(/!?\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => [m[1], m[2]]);
  expect(links).toEqual([
    ['The team at the whiteboard', 'attachments/image.png'],
    ['northwind offer.pdf', 'attachments/northwind-offer.pdf'],
  ]);
  // Every link opens a file beside the note, byte for byte what was added.
  const target = (link: string) => join(dirname(join(folder, note)), link);
  expect(existsSync(target('attachments/image.png'))).toBe(true);
  expect(sha(readFileSync(target('attachments/image.png')))).toBe(sha(photo.buffer));
  expect(sha(readFileSync(target('attachments/northwind-offer.pdf')))).toBe(sha(offer.buffer));
});

test('the full plan’s journal excerpt shows the entry’s picture, fitted to the page', async ({
  page,
  waymark,
}, info) => {
  const plan = await seedPlan(page.request, waymark);
  const tall = pngBytes('tall', [40, 120, 90], 900);
  const begun = await callApi(page.request, waymark, 'attachments:begin', {
    name: 'whiteboard.png',
    size: tall.length,
  });
  await callApi(page.request, waymark, 'attachments:part', {
    uploadId: begun.uploadId,
    data: tall.toString('base64'),
  });
  const kept = await callApi(page.request, waymark, 'attachments:finish', {
    uploadId: begun.uploadId,
  });
  const entry = await callApi(page.request, waymark, 'journal:create', {
    entryDate: '2027-02-01',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Portfolio review day' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'We planned the spring pitch.' }] },
        {
          type: 'image',
          attrs: {
            src: `attachment:${kept.sha256}`,
            alt: 'The pitch plan on a whiteboard',
            caption: 'Spring pitch, first draft',
            width: 'medium',
          },
        },
      ],
    },
  });
  await openPrintView(page, waymark, {
    aspirationIds: plan.aspirationIds,
    includeJournal: true,
    journalEntryIds: [entry.id],
  });
  const picture = page.getByRole('img', { name: 'The pitch plan on a whiteboard' });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(900);
  await expect(page.getByText('Spring pitch, first draft')).toBeVisible();
  // Fitted: no wider than the page's text column, and the square picture is scaled to fit a page.
  const pageBox = await picture.evaluate((img) => {
    const flow = img.closest('.print-flow') as HTMLElement;
    const a = img.getBoundingClientRect();
    const b = flow.getBoundingClientRect();
    return { width: a.width, height: a.height, flowWidth: b.width, flowHeight: b.height };
  });
  expect(pageBox.width).toBeLessThanOrEqual(pageBox.flowWidth);
  expect(pageBox.height).toBeLessThan(pageBox.flowHeight);
  // Its description is not printed again as text.
  await expect(page.locator('.jx-text').filter({ hasText: 'whiteboard' })).toHaveCount(0);
  await expect(page.getByRole('article').last()).toContainText(
    `Page ${await page.getByRole('article').count()} of`,
  );
  await picture.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('print-picture.png') });
});
