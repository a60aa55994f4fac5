import { dateInWords } from '../../src-main/shared/date-words';
import { expect, test } from './fixtures';
import { PlanPage } from './pages/plan-page';
import { TimelinePage } from './pages/timeline-page';
import { callApi } from './api';
import { day, openSeededTimeline, seedLongPlan } from './timeline-seed';

test('a seeded plan shows its bars grouped by aspiration, in date order, dropped goals hidden', async ({
  page,
  request,
  waymark,
}) => {
  const { plan, timeline } = await openSeededTimeline(page, request, waymark);
  await expect(timeline.bars).toHaveCount(5);
  expect(await timeline.barTitles()).toEqual([
    'Finish the leadership course',
    'Lead a client pitch',
    'Build a portfolio site',
    'Win a regional award',
    'Run a typography workshop',
  ]);
  await expect(timeline.bar('Win a regional award')).toHaveAccessibleName(
    `Win a regional award: ${dateInWords(day(30))} to ${dateInWords(day(200))}, planned`,
  );
  await expect(timeline.bar('Finish the leadership course')).toHaveAccessibleName(/, done$/);
  // No start date: the bar starts on the day the goal was created (today).
  await expect(timeline.bar('Run a typography workshop')).toHaveAccessibleName(
    new RegExp(`^Run a typography workshop: ${dateInWords(day(0))} to ${dateInWords(day(90))}`),
  );
  // Group labels are the aspirations' titles.
  await expect(page.locator('.gt-group-name')).toHaveText(['Creative director', 'Teach design']);

  await timeline.status('Dropped').check();
  await expect(timeline.bar(plan.goals.oldIdea.title)).toHaveAccessibleName(/, dropped$/);
  await expect(timeline.bars).toHaveCount(6);
  await timeline.status('Done').uncheck();
  await expect(timeline.bar(plan.goals.course.title)).toHaveCount(0);

  await timeline.aspirationFilter.selectOption({ label: 'Teach design' });
  expect(await timeline.barTitles()).toEqual(['Run a typography workshop']);
});

test('an overdue goal is labelled in words, not only in colour', async ({
  page,
  request,
  waymark,
}) => {
  const { timeline } = await openSeededTimeline(page, request, waymark);
  const pitch = timeline.bar('Lead a client pitch');
  await expect(pitch).toHaveAccessibleName(/, planned, overdue by 10 days$/);
  await expect(pitch.locator('text')).toHaveText('Overdue: Lead a client pitch');
  await expect(timeline.bar('Build a portfolio site')).not.toHaveAccessibleName(/overdue/);
});

test('the zoom buttons change the scale; Fit plan needs no horizontal scrolling', async ({
  page,
  request,
  waymark,
}) => {
  const { timeline } = await openSeededTimeline(page, request, waymark);
  const widths: number[] = [];
  for (const zoom of ['Months', 'Quarters', 'Years'] as const) {
    await timeline.setZoom(zoom);
    const box = await timeline.bar('Win a regional award').locator('.gt-body').boundingBox();
    widths.push(box?.width ?? 0);
  }
  expect(widths[0]).toBeGreaterThan(widths[1] as number);
  expect(widths[1]).toBeGreaterThan(widths[2] as number);
  await timeline.setZoom('Fit plan');
  const scroller = page.locator('.gt-scroll');
  await expect
    .poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth))
    .toBeLessThanOrEqual(1);
  // The choice is remembered.
  await page.reload();
  await expect(timeline.zoom('Fit plan')).toHaveAttribute('aria-pressed', 'true');
});

test('dragging a bar moves the goal, the new dates survive a reload, and Undo puts them back', async ({
  page,
  request,
  waymark,
}) => {
  const { plan, timeline } = await openSeededTimeline(page, request, waymark, 'Months'); // 4 px a day
  await timeline.drag('Win a regional award', 40); // 10 days later

  const moved = `Win a regional award: ${dateInWords(day(40))} to ${dateInWords(day(210))}`;
  await expect(timeline.toast(/Win a regional award” now runs from/)).toBeVisible();
  await expect(timeline.bar('Win a regional award')).toHaveAccessibleName(new RegExp(`^${moved}`));

  await page.reload();
  await expect(timeline.bar('Win a regional award')).toHaveAccessibleName(new RegExp(`^${moved}`));
  const tree = await callApi(request, waymark, 'plan:tree', {});
  const award = tree.aspirations[0]?.goals.find((g) => g.id === plan.goals.award.id);
  expect([award?.startDate, award?.dueDate]).toEqual([day(40), day(210)]);

  // The change is in the goal's history, like any edit in the Plan.
  const history = await callApi(request, waymark, 'plan:history', {
    kind: 'goal',
    id: plan.goals.award.id,
  });
  expect(history[0]?.summary).toMatch(/date/i);

  // Its right end changes only the due date; then Undo.
  await timeline.drag('Win a regional award', -20, 'end'); // 5 days earlier
  const toast = timeline.toast(/Win a regional award” now runs from/).last();
  await expect(toast).toContainText(dateInWords(day(205)));
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(timeline.toast(/back to its earlier dates/)).toBeVisible();
  await expect(timeline.bar('Win a regional award')).toHaveAccessibleName(new RegExp(`^${moved}`));
  await page.reload();
  await expect(timeline.bar('Win a regional award')).toHaveAccessibleName(new RegExp(`^${moved}`));
});

test('the keyboard reaches every bar, shows its card, reschedules it, and Enter opens it in the Plan', async ({
  page,
  request,
  waymark,
}) => {
  const { plan, timeline } = await openSeededTimeline(page, request, waymark, 'Months');
  await expect(timeline.help).toContainText('Alt+←/→ moves the goal');

  // Tab lands on the first bar; the arrows go from bar to bar.
  await page.getByRole('link', { name: 'Print view' }).focus();
  await page.keyboard.press('Tab');
  await expect(timeline.bar('Finish the leadership course')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const portfolio = timeline.bar('Build a portfolio site');
  await expect(portfolio).toBeFocused();
  await expect(timeline.card).toContainText('Build a portfolio site');
  await expect(timeline.card).toContainText('Case studies written: 2 of 6 case studies (33%)');
  await expect(timeline.card).toContainText(/SMART: \d of 5 complete/);
  await expect(portfolio).toHaveAttribute('aria-describedby', 'gt-goal-card');
  await page.keyboard.press('End');
  await expect(timeline.bar('Run a typography workshop')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(timeline.bar('Finish the leadership course')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  // Alt+→ three times and Alt+← once: two days later; Shift+Alt+← : due a day earlier.
  const hash = await page.evaluate(() => location.hash);
  for (const key of ['Alt+ArrowRight', 'Alt+ArrowRight', 'Alt+ArrowRight', 'Alt+ArrowLeft'])
    await page.keyboard.press(key);
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  expect(await page.evaluate(() => location.hash)).toBe(hash); // Alt+← did not go back
  await expect(portfolio).toBeFocused();
  const moved = `Build a portfolio site: ${dateInWords(day(-28))} to ${dateInWords(day(61))}`;
  await expect(portfolio).toHaveAccessibleName(new RegExp(`^${moved}`));
  // One burst of keys is one change, with one Undo.
  await expect(timeline.toast(/Build a portfolio site” now runs from/)).toHaveCount(1);

  await page.reload();
  await expect(timeline.bar('Build a portfolio site')).toHaveAccessibleName(
    new RegExp(`^${moved}`),
  );

  await timeline.bar('Build a portfolio site').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.career}/${plan.goals.portfolio.id}$`));

  // A double-click opens a goal too.
  await page.goBack();
  await timeline.bar('Run a typography workshop').locator('.gt-body').dblclick();
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.teaching}/${plan.goals.workshop.id}$`));
});

test('a change made on the Timeline shows in the Plan, and one made in the Plan on the Timeline', async ({
  page,
  request,
  waymark,
}) => {
  const { plan, timeline } = await openSeededTimeline(page, request, waymark);
  // The Plan is visited first, so its answer is in the window's cache when the Timeline changes.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Creative director/ }).first()).toBeVisible();
  await timeline.navLink.click();
  await timeline.setZoom('Months');
  const portfolio = timeline.bar('Build a portfolio site');
  await portfolio.focus();
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  await expect(timeline.toast(/Build a portfolio site” now runs from/)).toHaveCount(1);

  // The Plan reads the whole plan, the Timeline a slimmer answer: each sees what the other saved.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plan/${plan.career}/${plan.goals.portfolio.id}$`));
  const planPage = new PlanPage(page);
  await expect(planPage.dueDate).toHaveValue(day(59));
  await planPage.dueDate.fill(day(90));
  await planPage.expectSaved();
  await timeline.navLink.click();
  await expect(portfolio).toHaveAccessibleName(new RegExp(`to ${dateInWords(day(90))},`));
});

test('a reschedule the plan refuses is explained in words and the bar goes back', async ({
  page,
  request,
  waymark,
}) => {
  const { plan, timeline } = await openSeededTimeline(page, request, waymark, 'Months');
  const before = await timeline.bar('Win a regional award').getAttribute('aria-label');
  // Deleted elsewhere (another window) after this page loaded.
  await callApi(request, waymark, 'plan:deleteGoal', { id: plan.goals.award.id });
  await timeline.drag('Win a regional award', 40);
  await expect(timeline.error).toContainText(
    'Couldn’t reschedule “Win a regional award”: That goal no longer exists.',
  );
  // The drop showed the new dates at once; refused, the goal goes back (and, once re-read, away).
  await expect(timeline.bar('Win a regional award')).toHaveCount(0);
  expect(before).toContain(dateInWords(day(30)));
});

test('a long plan draws the bars near the view, and the keys and the scroll reach every one', async ({
  page,
  request,
  waymark,
}) => {
  await seedLongPlan(request, waymark);
  const timeline = new TimelinePage(page);
  await timeline.open(waymark.url);
  await timeline.setZoom('Months');
  await expect(timeline.chart).toHaveAccessibleName('Goals on the timeline, 120 shown');
  // Only the bars in or near the view (around today) are drawn: the plan's far ends are not.
  const early = timeline.bar('Teaching milestone 02');
  const late = timeline.bar('Design milestone 39');
  await expect(timeline.bar('Design milestone 20')).toBeInViewport();
  await expect(early).toHaveCount(0);
  await expect(late).toHaveCount(0);
  expect(await timeline.bars.count()).toBeLessThan(120);

  // The keys go through every goal all the same, and each one they reach comes into view.
  await page.getByRole('link', { name: 'Print view' }).focus();
  await page.keyboard.press('Tab');
  await expect(timeline.bar('Design milestone 01')).toBeFocused();
  await expect(timeline.bar('Design milestone 01')).toBeInViewport();
  await page.keyboard.press('End');
  await expect(timeline.bar('Teaching milestone 40')).toBeFocused();
  await expect(timeline.bar('Teaching milestone 40')).toBeInViewport();
  for (const n of [39, 38, 37]) {
    await page.keyboard.press('ArrowLeft');
    await expect(timeline.bar(`Teaching milestone ${n}`)).toBeFocused();
    await expect(timeline.bar(`Teaching milestone ${n}`)).toBeInViewport();
  }
  await page.keyboard.press('Home');
  await expect(timeline.bar('Design milestone 01')).toBeFocused();
  await expect(timeline.bar('Design milestone 01')).toBeInViewport();
  // From the last goal of one aspiration (far right) to the first of the next (far left).
  for (let n = 2; n <= 40; n++) await page.keyboard.press('ArrowRight');
  await expect(timeline.bar('Design milestone 40')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(timeline.bar('Writing milestone 01')).toBeFocused();
  await expect(timeline.bar('Writing milestone 01')).toBeInViewport();
  await page.keyboard.press('Home');

  // Scrolling to the start of the last aspiration draws its goals, and lets go of the far end.
  await page.locator('.gt-scroll').evaluate((el) => el.scrollTo({ left: 0, top: el.scrollHeight }));
  await expect(early).toBeInViewport();
  await expect(late).toHaveCount(0);
});

test.describe('print', () => {
  test('the print version at A4 width, in black and white', async ({ page, request, waymark }) => {
    await openSeededTimeline(page, request, waymark);
    await page.getByRole('link', { name: 'Print view' }).click();
    const sheet = page.getByRole('article', { name: 'Print view' });
    const svg = sheet.getByRole('img', { name: /Timeline of the plan: 5 goals in 2 aspirations/ });
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box?.width).toBe(680);
    await expect(svg).toContainText('Overdue: Lead a client pitch');
    await sheet.screenshot({ path: 'test-results/screens/timeline-print.png' });
    // No colour is needed to tell the marks apart: the same sheet in greyscale.
    await sheet.evaluate((el) => ((el as HTMLElement).style.filter = 'grayscale(1)'));
    await sheet.screenshot({ path: 'test-results/screens/timeline-print-greyscale.png' });
  });
});
