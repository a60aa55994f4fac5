import Database from '../../src-main/db/sqlite';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { HistoryDialog, SearchOverlay, Tags, TrashPage } from './pages/reflection';

/** Search, History, Trash and a prompt block, light and dark, for a person to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`reflection screens render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const shot = (name: string) =>
      page.screenshot({ path: `test-results/screens/${name}-${colorScheme}.png` });
    const journal = new JournalPage(page);
    const tags = new Tags(page);
    await journal.open(waymark.url);

    const trashed: [string, string][] = [
      ['Old idea about freelancing', 'Maybe go freelance after the awards season.'],
      ['Notes from the agency party', 'Met two recruiters; one mentioned a mentor programme.'],
    ];
    for (const [title, body] of trashed) {
      await journal.newEntry();
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await page.keyboard.type(body);
      await journal.expectSaved();
      await page.getByRole('button', { name: 'Delete entry' }).click();
      await expect(journal.entryLink(title)).toHaveCount(0);
    }

    await journal.newEntry();
    await page.keyboard.type('Mentor call with Dana');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'We went through the portfolio; my mentor thinks the café rebrand is the strongest piece.',
    );
    await journal.expectSaved();
    await tags.add('Mentoring');

    await journal.newEntry();
    await page.getByRole('button', { name: 'Insert prompt' }).click();
    await page
      .getByRole('dialog', { name: 'Insert a prompt' })
      .getByRole('button', { name: /^Achievable: what is most likely/ })
      .click();
    await expect(journal.editor.locator('div[data-type="prompt"]')).toBeVisible();
    await page.keyboard.type(
      'Time. Client work eats the evenings, so I will block two mornings a week for the portfolio and ask my mentor to hold me to it.',
    );
    await journal.expectSaved();
    await tags.add('Mentoring');
    await tags.add('Portfolio');
    // The delete toasts would cover the picture: dismissed the way a person does, so the app
    // (not the test) takes them out of the page.
    // (Wiping their nodes by hand made React fail to remove them later, and blanked the page.)
    const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) {
      // A toast may leave on its own between counting and clicking.
      await dismiss
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    }
    await shot('prompt-entry');

    const search = new SearchOverlay(page);
    await search.open();
    await search.box.fill('mentor portf');
    await expect(search.results.getByRole('option')).toHaveCount(2);
    await search.box.press('ArrowDown');
    await shot('search');
    await page.keyboard.press('Escape');

    // An hour-old text, so the next change keeps a snapshot of it.
    const db = new Database(join(waymark.dataDir, 'waymark.sqlite'));
    db.prepare(
      "UPDATE entries SET updated_at = '2026-01-05T09:30:00.000Z', created_at = '2026-01-05T09:00:00.000Z'",
    ).run();
    db.close();
    await journal.editor.locator('div[data-type="prompt"] + p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Starting Monday.');
    await journal.expectSaved();
    const history = new HistoryDialog(page);
    await history.open();
    await expect(history.versions).toHaveCount(1);
    await shot('history');
    await page.keyboard.press('Escape');

    const trash = new TrashPage(page);
    await trash.open();
    await expect(trash.list.getByRole('listitem')).toHaveCount(2);
    await shot('trash');
  });
}
