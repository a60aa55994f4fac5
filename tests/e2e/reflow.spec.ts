import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedPlan } from './plan-seed';
import { mainNavLink } from './pages/nav';

/**
 * Issue #21: at 640 × 400 (a 1280 × 800 window at 200 % zoom) every screen reflows — the page never
 * scrolls, sideways or down (each screen scrolls inside its own area), and nothing scrolls sideways
 * but the timeline's chart (two-dimensional content, which WCAG 1.4.10 allows to).
 */

/** What scrolls that should not: the page itself, and any box wider than its room. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page is ${root.scrollWidth}px wide`);
    if (root.scrollHeight > root.clientHeight + 1)
      found.push(`page is ${root.scrollHeight}px tall`);
    for (const element of document.querySelectorAll<HTMLElement>('#main *')) {
      if (element.closest('.gt-scroll, .timeline-chart, .export-preview')) continue;
      const style = getComputedStyle(element);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.className || element.tagName} scrolls sideways`);
      }
    }
    return found;
  });
}

async function open(page: Page, screen: string, name = screen): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await mainNavLink(page, screen).click();
  await expect(page.getByRole('heading', { level: 1, name }).first()).toBeVisible();
}

test('every screen reflows at 640 × 400, with the navigation and lists behind toggles', async ({
  page,
  waymark,
}) => {
  test.setTimeout(120_000);
  await seedPlan(page.request, waymark);
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(waymark.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const main = page.getByRole('navigation', { name: 'Main' });
  // The screens fold behind Menu, which says whether they are shown.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(main.getByRole('link', { name: 'Plan' })).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  expect(await overflow(page)).toEqual([]);

  for (const screen of ['Timeline', 'Values', 'Export', 'Trash', 'Settings']) {
    await open(page, screen);
    expect(await overflow(page), screen).toEqual([]);
  }

  // A list screen folds its list away while an item is open; the toggle brings it back.
  await open(page, 'Journal');
  const entries = page.getByRole('complementary', { name: 'Entries' });
  await entries.getByRole('link', { name: /Before the pitch/ }).click();
  await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toBeVisible();
  await expect(entries.getByRole('link', { name: /Before the pitch/ })).toBeHidden();
  expect(await overflow(page), 'Journal').toEqual([]);
  await entries.getByRole('button', { name: 'All entries' }).click();
  await expect(entries.getByRole('link', { name: /Before the pitch/ })).toBeVisible();

  await open(page, 'Plan');
  const aspirations = page.getByRole('complementary', { name: 'Aspirations' });
  await aspirations.getByRole('link', { name: /award-winning creative director/ }).click();
  await page
    .getByRole('list', { name: 'Goals' })
    .getByRole('link', { name: /associate art director/ })
    .click();
  await expect(page.getByLabel('Goal title', { exact: true })).toBeVisible();
  expect(await overflow(page), 'Plan, a goal').toEqual([]);
});

test('with reduced motion asked for, nothing moves', async ({ page, request, waymark }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedPlan(request, waymark);
  await page.goto(waymark.url);
  await mainNavLink(page, 'Plan').click();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((element) => getComputedStyle(element))
      .flatMap((style) => [style.transitionDuration, style.animationDuration])
      .flatMap((value) => value.split(','))
      .map((value) => parseFloat(value) * (value.trim().endsWith('ms') ? 1 : 1000))
      .filter((ms) => ms > 1),
  );
  expect(durations).toEqual([]);
});
