import { expect, test } from './fixtures';
import type { WaymarkServer } from './fixtures';
import type { Page } from '@playwright/test';
import { JournalPage } from './pages/journal-page';
import { localDay, TodayPage } from './pages/today-page';
import { callApi } from './api';
import { skipWelcome } from './pages/welcome';
import { mainNavLink } from './pages/nav';

// These specs are about the first run itself: the welcome is not skipped for them.
test.use({ firstRun: true });

test('the welcome appears on first run, and finishing it leaves a real aspiration, goal and entry', async ({
  page,
  waymark,
}) => {
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  await expect(today.welcome).toBeVisible();

  await today.welcome.getByRole('button', { name: 'Next' }).click();
  await expect(today.welcome.getByRole('alert')).toHaveText(/Write your aspiration/);
  await today.welcome.getByLabel('Your aspiration').fill('Run my own product studio');
  await today.welcome.getByRole('button', { name: 'Next' }).click();
  await today.welcome.getByLabel('Goal', { exact: true }).fill('Lead one client project');
  await today.welcome.getByLabel('Due date').fill('2031-06-30');
  await today.welcome.getByRole('button', { name: 'Next' }).click();
  await today.welcome
    .getByLabel('Reflection')
    .fill('Why now\nI have done enough projects for others to know I can.');
  await today.welcome.getByRole('button', { name: 'Finish' }).click();

  await expect(today.welcome).toBeHidden();
  await today.expectOpen();
  const tree = await callApi(page.request, waymark, 'plan:tree', {});
  expect(tree.aspirations.map((a) => a.title)).toEqual(['Run my own product studio']);
  expect(tree.aspirations[0]?.goals.map((g) => [g.title, g.dueDate])).toEqual([
    ['Lead one client project', '2031-06-30'],
  ]);
  const journal = new JournalPage(page);
  await mainNavLink(page, 'Journal').click();
  await expect(journal.entryLink(/Why now/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(today.welcome).toBeHidden();
});

/** The welcome is gone, made nothing, and does not come back after a reload. */
async function expectSkipped(page: Page, waymark: WaymarkServer, today: TodayPage) {
  await expect(today.welcome).toBeHidden();
  await today.expectOpen();
  await page.reload();
  await today.expectOpen();
  await expect(today.welcome).toBeHidden();
  expect((await callApi(page.request, waymark, 'plan:tree', {})).aspirations).toEqual([]);
  expect(await callApi(page.request, waymark, 'journal:list', {})).toEqual([]);
}

test('Skip closes the welcome without making anything, and it does not come back', async ({
  page,
  waymark,
}) => {
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  await today.welcome.getByLabel('Your aspiration').fill('Half-written');
  await today.welcome.getByRole('button', { name: 'Skip' }).click();
  await expectSkipped(page, waymark, today);
});

test('Escape skips the welcome too, and keeps the keyboard inside it while it is open', async ({
  page,
  waymark,
}) => {
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  const aspiration = today.welcome.getByLabel('Your aspiration');
  await expect(aspiration).toBeFocused();
  await page.keyboard.type('Half-written');
  // Tab goes round the welcome's own controls, never to the app behind it.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await today.welcome.evaluate((dialog) =>
      dialog.contains(document.activeElement),
    );
    const onPage = await page.evaluate(() => document.activeElement !== document.body);
    expect(inside || !onPage).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expectSkipped(page, waymark, today);
});

/** An overdue goal and one halfway through its window (so a check-in is due today). */
async function seedPlan(page: Page, waymark: WaymarkServer) {
  await skipWelcome(page, waymark.url);
  const aspiration = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: 'Lead a design studio',
  });
  const overdue = await callApi(page.request, waymark, 'plan:createGoal', {
    aspirationId: aspiration.id,
    title: 'Finish the leadership course',
    dueDate: localDay(-3),
  });
  const halfway = await callApi(page.request, waymark, 'plan:createGoal', {
    aspirationId: aspiration.id,
    title: 'Ship the portfolio',
    startDate: localDay(-30),
    dueDate: localDay(30),
  });
  await callApi(page.request, waymark, 'plan:createStep', {
    goalId: halfway.id,
    text: 'Pick ten projects',
    dueDate: localDay(5),
  });
  return { aspiration, overdue, halfway };
}

test('Today lists an overdue goal and a due check-in, and an answer persists', async ({
  page,
  waymark,
}) => {
  const { aspiration, overdue, halfway } = await seedPlan(page, waymark);
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  await today.expectOpen();
  await expect(today.navLink).toHaveAttribute('aria-current', 'page');

  const overdueLink = today
    .list('Overdue')
    .getByRole('link', { name: 'Finish the leadership course' });
  await expect(overdueLink).toHaveAttribute('href', `#/plan/${aspiration.id}/${overdue.id}`);
  await expect(today.list('Overdue')).toContainText('3 days overdue');
  await expect(today.list('Due in the next 14 days')).toContainText('Pick ten projects');

  const card = today.checkIn('Ship the portfolio');
  await expect(card).toContainText('halfway');
  await card.getByRole('button', { name: 'Save answer' }).click();
  await expect(card.getByRole('alert')).toHaveText(/Answer both questions/);
  await today.answerCheckIn('Ship the portfolio', 'Yes', 'No');
  await card.getByRole('textbox', { name: 'Note (optional)' }).fill('Client work ate a month.');
  await card.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByText('Check-in saved on “Ship the portfolio”.')).toBeVisible();
  await expect(card).toBeHidden();

  await page.reload();
  await today.expectOpen();
  await expect(today.list('Overdue')).toBeVisible();
  await expect(today.checkIn('Ship the portfolio')).toBeHidden();
  const answers = await callApi(page.request, waymark, 'today:checkIns', { goalId: halfway.id });
  expect(answers).toEqual([
    expect.objectContaining({ onTrack: true, realistic: false, note: 'Client work ate a month.' }),
  ]);
});

test('Save and reflect opens a new journal entry about the check-in', async ({ page, waymark }) => {
  await seedPlan(page, waymark);
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  await today.answerCheckIn('Ship the portfolio', 'No', 'Yes');
  await today
    .checkIn('Ship the portfolio')
    .getByRole('button', { name: 'Save and reflect' })
    .click();
  await expect(page).toHaveURL(/#\/journal\/[\w-]+$/);
  const journal = new JournalPage(page);
  await expect(journal.editor).toContainText('Check-in on “Ship the portfolio”');
  await expect(journal.editor).toContainText('What has held it back');
});

test('the browser edition says once that reminders are the desktop app’s, and offers no controls', async ({
  page,
  waymark,
}) => {
  await skipWelcome(page, waymark.url);
  const today = new TodayPage(page);
  await page.goto(waymark.url);
  await today.expectOpen();
  const section = page.getByRole('region', { name: 'Daily reminder' });
  await expect(section).toContainText('This browser edition cannot show one');
  await expect(section.getByRole('checkbox')).toHaveCount(0);
  await expect(section.getByRole('button')).toHaveCount(0);
  await expect(page.getByLabel('Time of day')).toHaveCount(0);
  // The setting itself is still kept for the desktop app (which shares the journal).
  expect(await callApi(page.request, waymark, 'today:reminders', {})).toMatchObject({
    enabled: false,
  });
  await callApi(page.request, waymark, 'today:updateReminders', { enabled: true, time: '07:45' });
  await waymark.restart();
  expect(await callApi(page.request, waymark, 'today:reminders', {})).toMatchObject({
    enabled: true,
    time: '07:45',
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Today and the welcome render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const today = new TodayPage(page);
    await page.goto(waymark.url);
    await expect(today.welcome).toBeVisible();
    await page.screenshot({ path: `test-results/screens/welcome-${colorScheme}.png` });
    await today.welcome.getByRole('radio', { name: 'From a template' }).check();
    await expect(today.welcome.getByRole('group', { name: 'Templates' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/welcome-template-${colorScheme}.png` });

    await seedPlan(page, waymark);
    await page.reload();
    await today.expectOpen();
    await expect(today.checkIn('Ship the portfolio')).toBeVisible();
    await page.screenshot({
      path: `test-results/screens/today-${colorScheme}.png`,
      fullPage: true,
    });
  });
}
