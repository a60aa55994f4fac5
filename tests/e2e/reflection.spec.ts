import Database from '../../src-main/db/sqlite';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { HistoryDialog, SearchOverlay, Tags, TrashPage } from './pages/reflection';

async function writeEntry(journal: JournalPage, lines: string[]): Promise<void> {
  await journal.newEntry();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await journal.page.keyboard.press('Enter');
    await journal.page.keyboard.type(line);
  }
  await journal.expectSaved();
}

test('a guided prompt goes into the entry as its own block, answered under it', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await page.getByRole('button', { name: 'Insert prompt' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert a prompt' });
  await expect(picker.getByRole('heading', { name: 'Making a goal SMART' })).toBeVisible();
  await picker
    .getByRole('button', { name: /^Which parts of your work make time disappear/ })
    .click();
  await expect(picker).toBeHidden();

  const block = journal.editor.locator('div[data-type="prompt"]');
  await expect(block).toHaveText(/Which parts of your work make time disappear/);
  await expect(block).toHaveAttribute('data-prompt-id', 'self-enjoy');
  await expect(journal.editor).toBeFocused();
  await journal.write('Sketching packaging ideas with the team.');
  await expect(journal.editor.locator('div[data-type="prompt"] + p')).toHaveText(
    'Sketching packaging ideas with the team.',
  );

  await page.reload();
  await expect(journal.editor.locator('div[data-type="prompt"]')).toHaveCount(1);
  await expect(journal.editor.locator('div[data-type="prompt"] + p')).toHaveText(
    'Sketching packaging ideas with the team.',
  );
  // The prompt's words are the entry's words: its title, and found by search.
  await expect(journal.entryLink(/Which parts of your work/)).toBeVisible();
});

test('search finds an entry by a word typed without its accent, and Enter opens it', async ({
  page,
  journal,
}) => {
  await writeEntry(journal, ['Café meeting with Dana', 'She liked the packaging work.']);
  await writeEntry(journal, ['Pitch practice', 'Timing is better; the café idea can wait.']);
  await writeEntry(journal, ['Something else entirely', 'Nothing to find here.']);

  const search = new SearchOverlay(page);
  await search.open();
  await search.box.fill('cafe');
  await expect(search.results.getByRole('option')).toHaveCount(2);
  const first = search.option(/Café meeting with Dana/);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first.locator('mark').first()).toHaveText('Café');
  await expect(search.option(/Pitch practice/).locator('mark')).toHaveText('café');

  // Arrow keys move through the results; Enter opens the chosen one.
  await search.box.press('ArrowDown');
  await expect(search.option(/Pitch practice/)).toHaveAttribute('aria-selected', 'true');
  await search.box.press('ArrowUp');
  await search.box.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(journal.editor).toContainText('She liked the packaging work.');
  await expect(page).toHaveURL(/#\/journal\/[\w-]+$/);

  // Syntax is just text, prefixes match while typing, and a miss says so.
  await search.open();
  await search.box.fill('"packag* (liked');
  await expect(search.option(/Café meeting with Dana/)).toBeVisible();
  await search.box.fill('nowhere');
  await expect(search.dialog.getByRole('status')).toHaveText('Nothing matches “nowhere”.');
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
});

test('tags are added with suggestions from the keyboard, and filter the journal', async ({
  page,
  journal,
}) => {
  const tags = new Tags(page);
  await writeEntry(journal, ['Mentor call']);
  await tags.add('Mentoring');
  await tags.add('Portfolio');
  await writeEntry(journal, ['Second mentor call']);
  await tags.input.fill('ment');
  const suggestion = page.getByRole('listbox', { name: 'Tag suggestions' }).getByRole('option');
  await expect(suggestion).toHaveText(['Mentoring']);
  await tags.input.press('ArrowDown');
  await expect(suggestion.first()).toHaveAttribute('aria-selected', 'true');
  await tags.input.press('Enter');
  await expect(tags.chip('Mentoring')).toBeVisible();
  await expect(tags.input).toHaveValue('');
  // Case does not make a new tag.
  await tags.input.fill('MENTORING');
  await tags.input.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove tag/ })).toHaveCount(1);
  await writeEntry(journal, ['Untagged thoughts']);

  await tags.filter.selectOption({ label: 'Tagged Mentoring (2)' });
  const titles = journal.entryList.locator('.entry-row-title');
  await expect(titles).toHaveText(['Second mentor call', 'Mentor call']);
  await tags.filter.selectOption({ label: 'Tagged Portfolio (1)' });
  await expect(titles).toHaveText(['Mentor call']);

  await journal.entryLink(/Mentor call/).click();
  await tags.chip('Portfolio').click();
  await expect(tags.chip('Portfolio')).toHaveCount(0);
  await expect(journal.entryList).toContainText('No entries are tagged Portfolio.');
  await tags.filter.selectOption({ label: 'All entries' });
  await expect(titles).toHaveCount(3);

  await page.reload();
  await journal.entryLink(/Second mentor call/).click();
  await expect(tags.chip('Mentoring')).toBeVisible();
});

test('an older version is restored from History, and the replaced text is kept', async ({
  page,
  waymark,
  journal,
}) => {
  await writeEntry(journal, ['First plan', 'Become an art director in two years.']);
  // The entry was last edited an hour ago, so the next change starts a new editing session.
  const db = new Database(join(waymark.dataDir, 'waymark.sqlite'));
  db.prepare(
    "UPDATE entries SET created_at = '2025-01-01T09:00:00.000Z', updated_at = '2025-01-01T10:00:00.000Z'",
  ).run();
  db.close();

  await journal.editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await journal.write('Rewritten plan');

  const history = new HistoryDialog(page);
  await history.open();
  await expect(history.versions).toHaveCount(1);
  const older = history.version('Become an art director in two years.');
  await expect(older).toContainText('First plan');
  await older.getByRole('button', { name: 'Restore' }).click();
  await expect(history.dialog).toBeHidden();
  await expect(journal.editor).toContainText('Become an art director in two years.');
  await expect(journal.editor).not.toContainText('Rewritten plan');
  await expect(page.getByRole('status').filter({ hasText: /Restored the version/ })).toBeVisible();
  await expect(journal.entryLink(/First plan/)).toBeVisible();

  await history.open();
  await expect(history.versions).toHaveCount(2);
  await expect(history.versions.first()).toContainText('Rewritten plan');
  await expect(history.versions.first()).toContainText('replaced by a restore');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(journal.editor).toContainText('Become an art director in two years.');
});

test('a deleted entry is in the trash and Restore brings it back', async ({ page, journal }) => {
  await writeEntry(journal, ['A note for the trash', 'About the lighthouse campaign.']);
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(journal.entryLink(/A note for the trash/)).toHaveCount(0);

  const search = new SearchOverlay(page);
  await search.open();
  await search.box.fill('lighthouse');
  await expect(search.dialog.getByRole('status')).toHaveText('Nothing matches “lighthouse”.');
  await page.keyboard.press('Escape');

  const trash = new TrashPage(page);
  await trash.open();
  const row = trash.row('A note for the trash');
  await expect(row).toContainText('deleted for good in 30 days');
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(journal.editor).toContainText('About the lighthouse campaign.');
  await expect(journal.entryLink(/A note for the trash/)).toBeVisible();

  await search.open();
  await search.box.fill('lighthouse');
  await expect(search.option(/A note for the trash/)).toBeVisible();
});

test('a tag typed while the previous one is still saving is kept', async ({ page, journal }) => {
  const tags = new Tags(page);
  await journal.newEntry();
  await journal.write('Two tags in a hurry');
  // Hold the first tag's save until the second tag has been typed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  await page.route(/\/api\/tags(:|%3A)add$/, async (route) => {
    if (first) {
      first = false;
      await held;
    }
    await route.continue();
  });
  await tags.input.fill('Mentoring');
  await tags.input.press('Enter');
  await tags.input.fill('Portfolio');
  release();
  await expect(tags.chip('Mentoring')).toBeVisible();
  await expect(tags.input).toHaveValue('Portfolio');
  await tags.input.press('Enter');
  await expect(tags.chip('Portfolio')).toBeVisible();
});
