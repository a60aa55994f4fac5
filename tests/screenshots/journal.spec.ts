import { expect, test } from '../e2e/fixtures';
import { JournalPage } from '../e2e/pages/journal-page';

/** Pictures of each screen, light and dark, for a person to look at (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`journal screen renders in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const journal = new JournalPage(page);
    await journal.open(waymark.url);
    await journal.newEntry();
    await page.keyboard.type('Quarterly check-in');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The mentorship is working. I led two client pitches and ');
    await journal.typeMarked('Bold', 'won one');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await journal.tool('Task list').click();
    await page.keyboard.type('Enter the regional awards');
    await journal.expectSaved();
    await page.screenshot({ path: `test-results/screens/journal-${colorScheme}.png` });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(247, 245, 240)');
  });
}
