import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { EntryLinksControl, LinkedEntriesSection } from './pages/links';
import { SearchOverlay } from './pages/reflection';
import { seedPlan } from './plan-seed';

/** Opens the app (the address carries its token), then goes to a screen by its address. */
async function openPlan(page: Page, url: string, hash: string): Promise<void> {
  await new JournalPage(page).open(url);
  await page.evaluate((next) => (window.location.hash = next), hash);
  await expect(page.getByRole('region', { name: 'Reflections' })).toBeVisible();
}

const PITCHES = 'Win 50 new-business pitches';
const DIRECTOR = 'Become an award-winning creative director';

test('an entry with a prompt, linked to a goal, shows on the goal', async ({ page, waymark }) => {
  const plan = await seedPlan(page.request, waymark);
  const journal = new JournalPage(page);
  const links = new EntryLinksControl(page);
  await journal.open(waymark.url);
  await journal.newEntry();
  await page.getByRole('button', { name: 'Insert prompt' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert a prompt' });
  await picker
    .getByRole('button', { name: /^Which parts of your work make time disappear/ })
    .click();
  await expect(picker).toBeHidden();
  await page.keyboard.type('Pitch rehearsals, every time.');
  await journal.expectSaved();

  await links.link('pitches', PITCHES);
  await expect(links.chip(PITCHES).getByRole('link')).toHaveAttribute(
    'href',
    `#/plan/${plan.aspirationIds[0]}/${plan.goalIds[1]}`,
  );
  // A second link, then remove it from the keyboard.
  await links.link('award-winning', DIRECTOR);
  await links
    .chip(DIRECTOR)
    .getByRole('button', { name: `Remove link to ${DIRECTOR}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(links.chip(DIRECTOR)).toHaveCount(0);
  await expect(links.chips).toHaveCount(1);

  await links.chip(PITCHES).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.aspirationIds[0]}/${plan.goalIds[1]}$`));
  const reflections = new LinkedEntriesSection(page);
  const linked = reflections.entries(PITCHES).getByRole('link');
  await expect(linked).toHaveCount(1);
  await linked.click();
  await expect(page).toHaveURL(/#\/journal\/[0-9a-f-]{36}$/);
  await expect(journal.editor).toContainText('Pitch rehearsals, every time.');
});

test('Start a reflection on a goal opens a new entry linked to it, with a prompt', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const journal = new JournalPage(page);
  await openPlan(page, waymark.url, `#/plan/${plan.aspirationIds[0]}/${plan.goalIds[2]}`);
  const reflections = new LinkedEntriesSection(page);
  await expect(reflections.section).toContainText('No journal entries are linked here yet');
  await reflections.start.click();
  await expect(page).toHaveURL(/#\/journal\/[0-9a-f-]{36}$/);
  await expect(journal.editor.locator('div[data-type="prompt"]')).toHaveCount(1);
  const links = new EntryLinksControl(page);
  await expect(links.chips).toHaveCount(1);
  await expect(links.chip('Enter three regional award shows')).toBeVisible();
  await journal.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('I will start with the student category.');
  await journal.expectSaved();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.aspirationIds[0]}/${plan.goalIds[2]}$`));
  await expect(
    reflections.entries('Enter three regional award shows').getByRole('link'),
  ).toHaveCount(1);
});

test('search finds a goal by a word of its title and opens it in the plan', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const journal = new JournalPage(page);
  await journal.open(waymark.url);
  const search = new SearchOverlay(page);
  await search.open();
  await page.keyboard.type('regional');
  const result = search.option(/Enter three regional award shows/);
  await expect(result).toBeVisible();
  await expect(result).toContainText('Goal');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.aspirationIds[0]}/${plan.goalIds[2]}$`));
  await expect(
    page.getByRole('article', { name: 'Goal: Enter three regional award shows' }),
  ).toBeVisible();
});

/** The entry's link chips and a goal's reflections, light and dark, for a person to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`links render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const plan = await seedPlan(page.request, waymark);
    const journal = new JournalPage(page);
    await openPlan(page, waymark.url, `#/plan/${plan.aspirationIds[0]}/${plan.goalIds[1]}`);
    const reflections = new LinkedEntriesSection(page);
    await reflections.start.click();
    await expect(page).toHaveURL(/#\/journal\/[0-9a-f-]{36}$/);
    await journal.editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('Three pitches this quarter; the retail one taught me the most.');
    await journal.expectSaved();
    const links = new EntryLinksControl(page);
    await links.link('award', DIRECTOR);
    await links.box.click();
    await links.box.fill('pro');
    await expect(links.options.first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/links-entry-${colorScheme}.png` });
    await page.keyboard.press('Escape');
    await links.chip(PITCHES).getByRole('link').click();
    await expect(reflections.entries(PITCHES).getByRole('link')).toHaveCount(1);
    await reflections.section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/links-goal-${colorScheme}.png` });
  });
}
