import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';

const LIMIT = 12;

test('a list indented 14 times with Tab stops at the limit with a message, and the entry keeps saving', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);

  await page.keyboard.type('Plan for the studio');
  await page.keyboard.press('Enter');
  await journal.tool('Bullet list').click();
  await page.keyboard.type('level 1');
  for (let level = 2; level <= 14; level++) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`level ${level}`);
  }

  await expect(
    page.getByRole('status').getByText(`Lists can be indented at most ${LIMIT} levels.`),
  ).toBeVisible();
  await expect(journal.editor).toBeFocused();
  await journal.expectSaved();
  const deepest = journal.editor.locator('li', { hasText: /^level 14$/ });
  await expect(deepest).toHaveCount(1);
  expect(
    await deepest.evaluate((li) => {
      let lists = 0;
      for (let node = li.parentElement; node; node = node.parentElement)
        if (node.tagName === 'UL') lists++;
      return lists;
    }),
  ).toBe(LIMIT);
  await page.screenshot({ path: test.info().outputPath('list-limit.png') });

  // An edit to the first line saves too: the text never gets stuck.
  await page.keyboard.press('Control+Home');
  await journal.write('Edited: ');
  await page.reload();
  await expect(journal.editor.locator('p').first()).toHaveText('Edited: Plan for the studio');
  await expect(journal.editor.locator('li', { hasText: /^level 14$/ })).toHaveCount(1);
});
