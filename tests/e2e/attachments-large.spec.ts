import { photoPng } from '../bench/photo-png';
import { expect, test } from './fixtures';
import { Attachments } from './pages/attachments';

const DESCRIPTION = 'The crowd at the keynote';
// Noise does not compress, as a camera's photo does not: about 9 MB, 1774 pixels square.
const photo = { name: 'keynote.png', mimeType: 'image/png', buffer: photoPng(9 * 1024 * 1024) };
const SIDE = 1774;

const widthOf = (img: HTMLImageElement) => img.naturalWidth;

test('a large photo shows in the text from a smaller copy, and full size from the original', async ({
  page,
  journal,
}, info) => {
  const attachments = new Attachments(page);
  await journal.newEntry();
  await page.keyboard.type('Conference day');
  await attachments.paste(photo);
  await attachments.describe(DESCRIPTION);
  await attachments.expectDrawn(DESCRIPTION);
  const img = attachments.picture(DESCRIPTION).locator('img');
  await expect.poll(() => img.evaluate(widthOf)).toBe(1536);
  await expect(img).toHaveAttribute('src', /^blob:/);
  await journal.expectSaved();
  await page.screenshot({ path: info.outputPath('large-photo.png') });

  // After a reload the copy is made again, from the picture kept in the journal.
  await page.reload();
  await attachments.expectDrawn(DESCRIPTION);
  await expect.poll(() => img.evaluate(widthOf)).toBe(1536);

  await attachments.picture(DESCRIPTION).click();
  const viewer = page.getByRole('dialog', { name: DESCRIPTION });
  const full = viewer.getByRole('img', { name: DESCRIPTION });
  await expect(full).toBeVisible();
  await expect.poll(() => full.evaluate(widthOf)).toBe(SIDE);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});
