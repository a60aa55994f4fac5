import { expect, test } from './fixtures';

test('a formatted entry is saved by itself and comes back identical after reload and restart', async ({
  page,
  waymark,
  journal,
}) => {
  await journal.newEntry();

  await journal.tool('H1 Heading 1').click();
  await page.keyboard.type('Why I want to lead a studio');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Today I felt ');
  await journal.typeMarked('Bold', 'confident');
  await page.keyboard.type(' and a bit ');
  await journal.typeMarked('Italic', 'scared');
  await page.keyboard.type(' about the ');
  await journal.typeMarked('Underline', 'pitch');
  await page.keyboard.type('. ');
  await journal.typeMarked('Highlight', 'Win it.');
  await page.keyboard.press('Enter');
  await journal.tool('Bullet list').click();
  await page.keyboard.type('Ask for feedback');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Book the mentor call');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await journal.tool('Task list').click();
  await page.keyboard.type('Send portfolio');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await journal.tool('Quote').click();
  await page.keyboard.type('Small steps, every week.');

  await journal.expectSaved();
  const editor = journal.editor;
  await expect(editor.locator('h1')).toHaveText('Why I want to lead a studio');
  await expect(editor.locator('strong')).toHaveText('confident');
  await expect(editor.locator('em')).toHaveText('scared');
  await expect(editor.locator('u')).toHaveText('pitch');
  await expect(editor.locator('mark')).toHaveText('Win it.');
  await expect(editor.locator('ul:not([data-type]) li')).toHaveCount(2);
  await expect(editor.locator('ul[data-type="taskList"] li')).toHaveCount(1);
  await expect(editor.locator('blockquote')).toHaveText('Small steps, every week.');
  const before = await editor.innerHTML();

  await expect(journal.entryLink(/Why I want to lead a studio/)).toContainText('words');

  await page.reload();
  await expect(journal.editor.locator('h1')).toHaveText('Why I want to lead a studio');
  expect(await journal.editor.innerHTML()).toBe(before);

  await waymark.restart();
  await journal.open(waymark.url);
  await journal.entryLink(/Why I want to lead a studio/).click();
  await expect(journal.editor.locator('blockquote')).toHaveText('Small steps, every week.');
  expect(await journal.editor.innerHTML()).toBe(before);
});

test('a link can be added and only web or mail addresses are accepted', async ({
  page,
  journal,
}) => {
  await journal.newEntry();
  await page.keyboard.type('Portfolio');
  await page.keyboard.press('Shift+Home');
  await journal.tool('Link').click();
  const address = page.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert')).toContainText('web pages');
  await address.fill('example.com/work');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(journal.editor.getByRole('link', { name: 'Portfolio' })).toHaveAttribute(
    'href',
    'https://example.com/work',
  );
  await journal.expectSaved();
});

test('entries are listed newest first by month, and the date can be changed', async ({
  page,
  journal,
}) => {
  await journal.newEntry();
  await page.keyboard.type('First reflection');
  await journal.expectSaved();
  await journal.entryDate.fill('2024-03-05');
  await expect(journal.entryList.getByRole('region', { name: 'March 2024' })).toContainText(
    'First reflection',
  );

  await journal.newEntry();
  await page.keyboard.type('Second reflection');
  await journal.expectSaved();
  const titles = await journal.entryList.locator('.entry-row-title').allTextContents();
  expect(titles).toEqual(['Second reflection', 'First reflection']);
  await page.reload();
  await journal.entryLink(/First reflection/).click();
  await expect(journal.entryDate).toHaveValue('2024-03-05');
});

test('delete moves an entry to the trash and Undo brings it back', async ({ page, journal }) => {
  await journal.newEntry();
  await page.keyboard.type('A note I will regret deleting');
  await journal.expectSaved();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(journal.entryLink(/regret deleting/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(journal.entryLink(/regret deleting/)).toBeVisible();
  await expect(journal.editor).toContainText('A note I will regret deleting');
  await page.reload();
  await expect(journal.entryLink(/regret deleting/)).toBeVisible();
});
