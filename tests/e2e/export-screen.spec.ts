import type { APIRequestContext } from '@playwright/test';
import type { ExportPrefs } from '../../src-main/contract';
import { expect, test, type WaymarkServer } from './fixtures';
import { flat, readPdf } from './pages/print-pdf';
import { openSeededExport, PRIVATE_JOURNAL_TEXT } from './plan-seed';

/** Waits until the journal holds these choices: what the screen will show after a reload. */
async function expectStoredPrefs(
  request: APIRequestContext,
  waymark: WaymarkServer,
  expected: Partial<ExportPrefs>,
): Promise<void> {
  const stored = async () => {
    const response = await request.post(`${waymark.origin}/api/export:prefs`, {
      headers: { Authorization: `Bearer ${waymark.token}` },
      data: {},
    });
    return ((await response.json()) as { value: ExportPrefs }).value;
  };
  await expect.poll(stored).toMatchObject(expected);
}

test('the Export screen previews the plan and keeps journal text private until picked', async ({
  page,
  waymark,
}) => {
  const exporter = await openSeededExport(page, waymark);

  for (const name of [
    'Full plan',
    'One-page summary',
    'Cover-letter paragraph',
    'Interview answers',
  ]) {
    await expect(exporter.layout(name)).toBeVisible();
  }
  await expect(exporter.layout('Full plan')).toBeChecked();
  await expect(exporter.checkbox('Include timeline')).toBeChecked();
  // Private by default: values notes leave the app only when this is ticked.
  await expect(exporter.checkbox('Include values')).toBeEnabled();
  await expect(exporter.checkbox('Include values')).not.toBeChecked();
  await expect(exporter.checkbox('Include journal excerpts')).not.toBeChecked();

  await expect(exporter.preview).toContainText('Become an award-winning creative director');
  await expect(exporter.preview).toContainText('Win 50 new-business pitches');
  await expect(exporter.preview).not.toContainText(PRIVATE_JOURNAL_TEXT);

  // Ticking the option alone exports nothing: the person picks entries.
  await exporter.checkbox('Include journal excerpts').check();
  await exporter.expectPreviewReady();
  await expect(exporter.preview).not.toContainText(PRIVATE_JOURNAL_TEXT);
  await page.getByRole('checkbox', { name: /Before the pitch/ }).check();
  await expect(exporter.preview).toContainText(PRIVATE_JOURNAL_TEXT);
  await exporter.checkbox('Include journal excerpts').uncheck();
  await expect(exporter.preview).not.toContainText(PRIVATE_JOURNAL_TEXT);

  // Leaving an aspiration out takes it out of the document.
  await page.getByRole('checkbox', { name: /Teach design to young people/ }).uncheck();
  await expect(exporter.preview).not.toContainText('Run a weekend portfolio class');

  // The choices are kept.
  await exporter.name.fill('Sam Rivera');
  await exporter.layout('One-page summary').check();
  await expect(exporter.preview).toContainText('Career summary');
  await expect(exporter.pages).toHaveCount(1);
  await expectStoredPrefs(page.request, waymark, { name: 'Sam Rivera', layout: 'summary' });
  await page.reload();
  await exporter.expectPreviewReady();
  await expect(exporter.layout('One-page summary')).toBeChecked();
  await expect(exporter.name).toHaveValue('Sam Rivera');
  await expect(exporter.preview).toContainText('Sam Rivera');
  await expect(exporter.preview).not.toContainText('Run a weekend portfolio class');
});

test('the drafted paragraph can be rewritten, is kept, copied as plain text and reset', async ({
  page,
  waymark,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: waymark.origin,
  });
  const exporter = await openSeededExport(page, waymark);
  await exporter.layout('Cover-letter paragraph').check();
  const editor = page.getByRole('textbox', { name: 'Your cover-letter paragraph' });
  await expect(editor).toHaveValue(
    /^My long-term aim is to become an award-winning creative director by 2032\./,
  );
  await expect(exporter.preview).toContainText('My long-term aim is to become');

  const mine = 'For six years I have turned briefs into campaigns people talk about.';
  await editor.fill(mine);
  await expect(exporter.preview).toContainText(mine);
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await page.getByRole('button', { name: 'Copy paragraph' }).click();
  await expect(page.getByText('Copied as plain text.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mine);

  await page.reload();
  await exporter.expectPreviewReady();
  await expect(editor).toHaveValue(mine);
  await expect(exporter.preview).toContainText(mine);

  // The interview answers are drafted separately and keep their own edits.
  await exporter.layout('Interview answers').check();
  const answer = page.getByRole('textbox', { name: 'Where do you see yourself in five years?' });
  await expect(answer).toHaveValue(/^In five years, I want to be well on the way/);
  await expect(exporter.preview).toContainText('Where do you see yourself in five years?');

  await exporter.layout('Cover-letter paragraph').check();
  await page.getByRole('button', { name: 'Reset to the drafted text' }).click();
  await expect(editor).toHaveValue(/^My long-term aim is to become/);
  await expectStoredPrefs(page.request, waymark, { layout: 'cover-letter', coverLetterText: null });
  await page.reload();
  await exporter.expectPreviewReady();
  await expect(editor).toHaveValue(/^My long-term aim is to become/);
});

test('in the browser edition Save PDF… prints the preview, and only the preview', async ({
  page,
  waymark,
}) => {
  const exporter = await openSeededExport(page, waymark);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await exporter.savePdf.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  // What the browser's dialog would print: the pages of the preview, without the app around them.
  const previewPages = await exporter.pages.count();
  const pdf = readPdf(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    'browser-print-of-export-screen',
    previewPages,
  );
  expect(pdf.pages).toBe(previewPages);
  const text = flat(pdf.text);
  expect(text).toContain('Become an award-winning creative director');
  expect(text).not.toContain('Save PDF');
  expect(text).not.toContain('Include timeline');
  expect(text).not.toContain('Journal');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`export screen renders in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const exporter = await openSeededExport(page, waymark);
    await exporter.name.fill('Sam Rivera');
    await exporter.expectPreviewReady();
    await page.screenshot({ path: `test-results/screens/export-${colorScheme}.png` });
    await exporter.checkbox('Include journal excerpts').check();
    await page.getByRole('checkbox', { name: /Before the pitch/ }).check();
    await exporter.savePdf.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/export-options-${colorScheme}.png` });
    await exporter.layout('Cover-letter paragraph').check();
    await exporter.expectPreviewReady();
    await page.screenshot({ path: `test-results/screens/export-cover-letter-${colorScheme}.png` });
    // Paper stays paper in both themes.
    const paper = await exporter.pages
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(paper).toBe('rgb(255, 255, 255)');
  });
}
