import Database from '../../src-main/db/sqlite';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { SettingsPage, writeEntry } from './pages/settings-page';
import { damageJournal, restartIntoRecovery } from './pages/recovery';

test('a damaged journal opens on the recovery screen, which restores the newest good backup', async ({
  page,
  waymark,
  journal,
}) => {
  const settings = await SettingsPage.afterWriting(journal, 'Saved before the disk went bad');
  await settings.backUp();

  await restartIntoRecovery(page, waymark, () => damageJournal(waymark.dataDir));
  await expect(page.getByText('Your journal file is damaged')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Export what can be read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'waymark-salvage-',
  );

  await page.getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore the newest good backup?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(journal.entryLink(/before the disk went bad/)).toBeVisible();
  // The damaged file is kept.
  expect(readdirSync(join(waymark.dataDir, 'set-aside'))).toEqual([
    expect.stringMatching(/^waymark-.*-before-restore\.sqlite$/),
  ]);
});

test('a write-ahead log damaged after a crash opens on the recovery screen, which can keep the journal', async ({
  page,
  waymark,
  journal,
}) => {
  await writeEntry(journal, 'Written on a good day');
  await waymark.restart(); // closed cleanly: this entry is in the journal file itself
  await journal.open(waymark.url);
  await writeEntry(journal, 'Saved just before the crash');

  const wal = join(waymark.dataDir, 'waymark.sqlite-wal');
  await restartIntoRecovery(
    page,
    waymark,
    () => writeFileSync(wal, randomBytes(statSync(wal).size)),
    {
      crash: true,
    },
  );
  await expect(page.getByText('The newest part of your journal is damaged')).toBeVisible();
  await expect(page.getByText('A copy of the journal as it was found is kept')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/recovery-wal-damaged.png', fullPage: true });
  expect(readdirSync(join(waymark.dataDir, 'set-aside')).sort()).toEqual([
    expect.stringMatching(/^waymark-.*-wal-damaged\.sqlite$/),
    expect.stringMatching(/^waymark-.*-wal-damaged\.sqlite-wal$/),
  ]);

  await page.getByRole('button', { name: 'Keep the journal as it is' }).click();
  await expect(journal.entryLink(/Written on a good day/)).toBeVisible();
  await expect(journal.entryLink(/Saved just before the crash/)).toHaveCount(0);
});

test('a journal locked by another program: the editor says so, keeps the text and saves after', async ({
  page,
  waymark,
}) => {
  test.setTimeout(60_000);
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await writeEntry(journal, 'First words.');

  const other = new Database(join(waymark.dataDir, 'waymark.sqlite'));
  other.exec('BEGIN EXCLUSIVE');
  try {
    await page.keyboard.type(' Typed while another program held the file.');
    await expect(journal.saveStatus).toContainText('Another program is holding the journal file', {
      timeout: 20_000,
    });
    await expect(journal.editor).toContainText('Typed while another program held the file.');
  } finally {
    other.exec('COMMIT');
    other.close();
  }
  await journal.expectSaved();
  await page.reload();
  await expect(journal.editor).toContainText(
    'First words. Typed while another program held the file.',
  );
});
