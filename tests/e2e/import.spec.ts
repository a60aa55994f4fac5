import { zipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfBytes, pngBytes } from '../unit/attachment-fixtures';
import { callApi } from './api';
import { expect, test, type WaymarkServer } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { JournalPage } from './pages/journal-page';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'import');
const VAULT = join(FIXTURES, 'vault');

async function searchTitles(page: Page, waymark: WaymarkServer, text: string): Promise<string[]> {
  const { results } = await callApi(page.request, waymark, 'search:query', { text });
  return results.map((result) => result.title.text);
}

test('a folder of notes is previewed, imported and searchable; importing it again adds nothing', async ({
  page,
  waymark,
  journal,
}) => {
  const importer = new ImportDialog(page);

  // From the empty journal's first screen; the choices are reachable from the keyboard.
  await page.getByRole('button', { name: 'Import your notes' }).click();
  await expect(importer.dialog).toBeVisible();
  // Focus starts on the opening words (an Enter would open a file chooser on a choice).
  await expect(importer.dialog.getByText(/^Bring the notes you already keep/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(importer.folderInput).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(importer.fileInput).toBeFocused();
  await importer.chooseFolder(VAULT);

  // The preview: what will be added and what cannot be read, before anything is written.
  await importer.expectToSay('4 new entries');
  await importer.expectToSay(/6 tags: career, mentoring, reading, retro/);
  await importer.expectToSay('2 files can’t be imported');
  await expect(importer.problems.getByText('Broken front matter.md')).toBeVisible();
  await expect(importer.problems.getByText(/latin1-letter\.md/)).toBeVisible();
  await expect(importer.problems.getByText(/not UTF-8/)).toBeVisible();
  // The retro's whiteboard picture comes in with it.
  await importer.expectToSay('With 1 picture from the notes, kept in your journal');
  expect(await searchTitles(page, waymark, 'kaleidoscope')).toEqual([]);

  await importer.importAll();
  await expect(importer.heading('Import finished')).toBeVisible();
  await expect(importer.dialog.getByRole('status')).toHaveText(
    'Imported 4 entries, skipped 0, failed 2.',
  );
  await importer.expectToSay('Brought in 1 picture with the entries.');
  expect(await searchTitles(page, waymark, 'kaleidoscope')).toEqual(['Offsite retro']);

  await importer.doneButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(journal.entryLink(/Offsite retro/)).toBeVisible();
  await journal.entryLink(/Offsite retro/).click();
  await expect(
    page.getByText('Imported from a Markdown note: 2024-03-05 Offsite retro.md'),
  ).toBeVisible();
  await expect(journal.editor.getByRole('heading', { name: 'What went well' })).toBeVisible();
  await expect(journal.editor.locator('ul[data-type="taskList"] li')).toHaveCount(2);
  await expect(
    journal.editor.getByRole('link', { name: 'https://example.com/retro-guide' }),
  ).toBeVisible();

  // The same folder again, from the header: nothing new.
  await importer.openOnFolder(VAULT);
  await importer.expectToSay('Nothing new to import.');
  await importer.expectToSay('4 notes already in your journal are skipped');
  await expect(importer.importButton()).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(importer.dialog).toBeHidden();
  await expect(journal.entryList.getByRole('link')).toHaveCount(4);
});

test('a vault with a picture and a PDF is imported with them: the picture shows with its description', async ({
  page,
  waymark,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-vault-'));
  try {
    mkdirSync(join(folder, 'Career'));
    mkdirSync(join(folder, 'assets', 'talks'), { recursive: true });
    writeFileSync(
      join(folder, 'Career', '2024-06-12 Conference talk.md'),
      'Gave the talk at last.\n\n![[stage.png|Me on the stage at the conference]]\n\n![[slides.pdf]]\n\nLost: ![[missing.png]]\n',
    );
    writeFileSync(
      join(folder, 'assets', 'talks', 'stage.png'),
      pngBytes('stage', [200, 120, 40], 160),
    );
    writeFileSync(join(folder, 'slides.pdf'), pdfBytes('slides'));
    const journal = new JournalPage(page);
    const importer = new ImportDialog(page);
    await journal.open(waymark.url);
    await importer.openOnFolder(folder);
    await importer.expectToSay('1 new entry');
    await importer.expectToSay('With 1 picture and 1 file from the notes, kept in your journal');
    await importer.importAll();
    await importer.expectToSay('Brought in 1 picture and 1 file with the entries.');
    await importer.doneButton.click();
    await expect(importer.dialog).toBeHidden();

    await journal.entryLink(/Conference talk/).click();
    const picture = journal.editor.getByRole('img', { name: 'Me on the stage at the conference' });
    await expect(picture).toBeVisible();
    // The picture's bytes were served and drawn, not a broken image.
    await expect
      .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(160);
    await expect(journal.editor.getByText('slides.pdf')).toBeVisible();
    await expect(journal.editor.getByText('Lost: [image: missing.png]')).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a Day One export zip is imported with its dates, tags and star', async ({
  page,
  waymark,
}) => {
  await new JournalPage(page).open(waymark.url);
  const importer = new ImportDialog(page);
  await importer.openFromHeader();
  const zip = zipSync({
    'Journal.json': readFileSync(join(FIXTURES, 'dayone', 'Journal.json')),
    'photos/a.jpeg': new Uint8Array(512),
  });
  await importer.fileInput.setInputFiles({
    name: 'Day One export.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await importer.expectToSay('2 new entries');
  await importer.expectToSay(/From Day One/);
  await importer.expectToSay(/3 tags: career, Reflection and starred/);
  await importer.importAll();
  await expect(importer.dialog.getByRole('status')).toHaveText(
    'Imported 2 entries, skipped 0, failed 2.',
  );
  expect(await searchTitles(page, waymark, 'recruiter')).toHaveLength(1);
});

test('a long import shows its progress and can be cancelled, keeping what was written', async ({
  page,
  waymark,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-notes-'));
  try {
    mkdirSync(join(folder, 'notes'));
    const words = 'portfolio pitch mentor studio review feedback growth plan '.repeat(12);
    for (let i = 0; i < 3000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      writeFileSync(join(folder, 'notes', `2023-02-${day} Note ${i}.md`), `${words} note${i}\n`);
    }
    const journal = new JournalPage(page);
    const importer = new ImportDialog(page);
    await journal.open(waymark.url);
    await importer.openOnFolder(join(folder, 'notes'));
    await importer.expectToSay('3,000 new entries');
    // The import is held after its first batch, so Cancel lands while it runs on any machine.
    waymark.holdImports();
    await importer.importButton().click();
    await expect(importer.progress).toBeVisible();
    await expect(importer.dialog.getByRole('status')).toHaveText(/250 of 3,000 done/);
    await page.screenshot({ path: 'test-results/screens/import-progress-light.png' });
    const cancelled = page.waitForResponse((response) =>
      decodeURIComponent(response.url()).endsWith('/api/import:cancel'),
    );
    await importer.cancelButton.click();
    expect((await cancelled).ok()).toBe(true);
    waymark.releaseImports();
    await expect(importer.heading('Import cancelled')).toBeVisible({ timeout: 60_000 });
    const summary = (await importer.dialog.getByRole('status').textContent()) ?? '';
    const imported = Number(/Imported ([\d,]+)/.exec(summary)?.[1]?.replace(/,/g, ''));
    // Cancel stops after the batch being written: the first batch of 250 stays, nothing more.
    expect(imported).toBe(250);
    await importer.doneButton.click();
    // The list draws only the rows in view; the journal itself must hold exactly what was imported.
    expect(await callApi(page.request, waymark, 'journal:list', {})).toHaveLength(imported);
    await expect(journal.entryList.getByRole('link').first()).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import dialog renders in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const journal = new JournalPage(page);
    const importer = new ImportDialog(page);
    await journal.open(waymark.url);
    await page.screenshot({ path: `test-results/screens/import-empty-journal-${colorScheme}.png` });
    await importer.openFromHeader();
    await page.keyboard.press('Tab');
    await expect(importer.folderInput).toBeFocused();
    await page.screenshot({ path: `test-results/screens/import-choose-${colorScheme}.png` });
    await importer.chooseFolder(VAULT);
    await page.screenshot({ path: `test-results/screens/import-preview-${colorScheme}.png` });
    await importer.importAll();
    await page.screenshot({ path: `test-results/screens/import-summary-${colorScheme}.png` });
    await importer.doneButton.click();
    await journal.entryLink(/Offsite retro/).click();
    await expect(page.getByText(/Imported from a Markdown note/)).toBeVisible();
    await page.screenshot({ path: `test-results/screens/import-entry-${colorScheme}.png` });
  });
}

test('the import dialog gives focus back to the button that opened it', async ({
  page,
  waymark,
}) => {
  await new JournalPage(page).open(waymark.url);
  const importer = new ImportDialog(page);
  const opener = page
    .getByRole('complementary', { name: 'Entries' })
    .getByRole('button', { name: 'Import…' });
  await importer.openFromHeader();
  await page.keyboard.press('Escape');
  await expect(importer.dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await importer.openFromHeader();
  await importer.closeButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
