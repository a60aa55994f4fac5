import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SettingsPage, writeEntry } from './pages/settings-page';

test('Back up now adds a backup to the list, with its date, kind and size', async ({
  page,
  waymark,
  journal,
}) => {
  const settings = await SettingsPage.afterWriting(journal, 'Worth keeping');
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await expect(page.getByText(waymark.dataDir).first()).toBeVisible();
  await expect(page.getByText(/^Checked today at \d/)).toBeVisible();
  await settings.backUp();
  const row = settings.backupRows().first();
  await expect(row).toContainText('Made by you');
  await expect(row).toContainText(/\d+(\.\d)? KB/);
  // A plain journal's text compresses: the backup is gzipped (and was read back before it was kept).
  expect(readdirSync(join(waymark.dataDir, 'backups'))).toEqual([
    expect.stringMatching(/^waymark-.*-manual\.sqlite\.gz$/),
  ]);
});

test('Export everything downloads one file holding the journal', async ({ page, journal }) => {
  const settings = await SettingsPage.afterWriting(journal, 'Exported reflection');
  const download = page.waitForEvent('download');
  await settings.exportEverything.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^waymark-export-.*\.json$/);
  const archive = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(archive).toMatchObject({ format: 'waymark-export', formatVersion: 1 });
  expect(archive.tables.entries.rows).toEqual([
    expect.objectContaining({ title: 'Exported reflection' }),
  ]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported everything as' }),
  ).toBeVisible();

  // Importing the same file again adds nothing: every row is already there.
  await settings.importFile.setInputFiles(await file.path());
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(
    /0 items added; \d+ (was|were) already in your journal/,
  );
});

test('importing a malformed file says what is wrong and changes nothing', async ({
  page,
  journal,
}) => {
  const settings = await SettingsPage.afterWriting(journal, 'Untouched by a bad import');
  await settings.importFile.setInputFiles({
    name: 'cut-off.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format": "waymark-export", "formatVersion": 1, "tables": {"entries": {"rows": [{"id": "x"',
    ),
  });
  await expect(page.getByRole('alert')).toHaveText(
    /This file is incomplete: it ends before its data does.*Nothing was imported\./,
  );
  await settings.importFile.setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'waymark-export', formatVersion: 7, tables: {} })),
  });
  await expect(page.getByRole('alert')).toHaveText(/newer version of Waymark \(export format 7/);
  await expect(settings.backups).toHaveCount(0); // no backup was even taken
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(journal.entryList.getByRole('link')).toHaveCount(1);
});

test('restoring a backup brings back an entry deleted after it', async ({
  page,
  waymark,
  journal,
}) => {
  const settings = await SettingsPage.afterWriting(journal, 'A thought I will delete by mistake');
  await settings.backUp();

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await journal.entryLink(/delete by mistake/).click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(journal.entryLink(/delete by mistake/)).toHaveCount(0);
  await writeEntry(journal, 'Written after the backup');

  await settings.open();
  const restore = settings
    .backupRows()
    .first()
    .getByRole('button', { name: /^Restore the backup of/ });
  await restore.click();
  await expect(settings.dialog).toBeVisible();
  await expect(settings.dialog).toContainText('moved to the set-aside folder');
  await expect(settings.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape cancels; nothing happens, and focus is back on the button that asked.
  await page.keyboard.press('Escape');
  await expect(settings.dialog).toBeHidden();
  await expect(restore).toBeFocused();
  await settings.restoreNewest();

  await expect(journal.entryLink(/delete by mistake/)).toBeVisible();
  await expect(journal.entryLink(/Written after the backup/)).toHaveCount(0);
  expect(readdirSync(join(waymark.dataDir, 'set-aside'))).toEqual([
    expect.stringMatching(/^waymark-.*-before-restore\.sqlite$/),
  ]);
  await page.reload();
  await expect(journal.entryLink(/delete by mistake/)).toBeVisible();
});

test('Export as Markdown writes a folder and shows where', async ({ page, waymark, journal }) => {
  const settings = await SettingsPage.afterWriting(journal, 'Markdown me');
  await settings.exportMarkdown.click();
  const notice = page.getByRole('status').filter({ hasText: 'Markdown' });
  await expect(notice).toContainText(
    `Wrote 2 Markdown files to ${join(waymark.dataDir, 'exports')}`,
  );
  const folder = readdirSync(join(waymark.dataDir, 'exports'))[0] as string;
  expect(readdirSync(join(waymark.dataDir, 'exports', folder, 'journal'))).toEqual([
    expect.stringMatching(/-markdown-me\.md$/),
  ]);
});
