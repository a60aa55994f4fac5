import type { APIRequestContext } from '@playwright/test';
import { callApi } from './api';
import { expect, test, type WaymarkServer } from './fixtures';
import { JournalPage } from './pages/journal-page';

const COUNT = 240;

/** Writes entries through the API: one every three days going back from 2025-06-30. */
async function fillJournal(request: APIRequestContext, waymark: WaymarkServer): Promise<void> {
  for (let batch = 0; batch < COUNT; batch += 40) {
    await Promise.all(
      Array.from({ length: Math.min(40, COUNT - batch) }, async (_, offset) => {
        const index = batch + offset;
        const day = new Date(Date.UTC(2025, 5, 30) - index * 3 * 86_400_000);
        await callApi(request, waymark, 'journal:create', {
          entryDate: day.toISOString().slice(0, 10),
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Entry ${index}` }] }],
          },
        });
      }),
    );
  }
}

test('a long journal draws only the rows in view, and the keyboard reaches every entry', async ({
  page,
  waymark,
}) => {
  await fillJournal(page.request, waymark);
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  await expect(journal.editor).toContainText('Entry 0');

  const rows = journal.entryList.getByRole('link');
  await expect(rows.first()).toHaveAccessibleName(/Entry 0/);
  expect(await rows.count()).toBeLessThan(COUNT / 2);
  await expect(journal.entryList.getByRole('listitem').first()).toHaveAttribute(
    'aria-posinset',
    '1',
  );

  await journal.entryLink(/^Entry 0\b/).focus();
  await page.keyboard.press('ArrowDown');
  await expect(journal.entryLink(/^Entry 1\b/)).toBeFocused();
  await page.keyboard.press('End');
  const oldest = journal.entryLink(new RegExp(`^Entry ${COUNT - 1}\\b`));
  await expect(oldest).toBeFocused();
  await expect(oldest).toBeInViewport();
  await expect(journal.entryLink(/^Entry 0\b/)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(journal.editor).toContainText(`Entry ${COUNT - 1}`);

  await page.keyboard.press('Home');
  await expect(journal.entryLink(/^Entry 0\b/)).toBeFocused();
  await expect(journal.entryList.getByRole('region', { name: 'June 2025' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/journal-long-list.png' });
});
