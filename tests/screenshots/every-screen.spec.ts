import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { seedPlan } from '../e2e/plan-seed';

/**
 * Every screen at the three window sizes of issue #21 (1280×800, 900×600, 640×400 — the last is a
 * 1280×800 window at 200 % zoom), light and dark, for a person to look at:
 * test-results/screens/sizes/<screen>-<width>-<theme>.png.
 */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
  { width: 640, height: 400 },
];

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'today', open: (page) => go(page, 'Today') },
  {
    name: 'journal',
    open: async (page) => {
      await go(page, 'Journal', false);
      await page
        .getByRole('link', { name: /Before the pitch/ })
        .first()
        .click();
      await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toBeVisible();
    },
  },
  {
    name: 'plan-goal',
    open: async (page) => {
      await go(page, 'Plan');
      await page
        .getByRole('link', { name: /award-winning creative director/ })
        .first()
        .click();
      await page
        .getByRole('list', { name: 'Goals' })
        .getByRole('link', { name: /associate art director/ })
        .click();
      await expect(page.getByLabel('Goal title', { exact: true })).toBeVisible();
    },
  },
  { name: 'timeline', open: (page) => go(page, 'Timeline') },
  { name: 'values', open: (page) => go(page, 'Values') },
  {
    name: 'export',
    open: async (page) => {
      await go(page, 'Export');
      await expect(page.locator('.print-document[data-ready="true"]')).toBeVisible({
        timeout: 20_000,
      });
    },
  },
  { name: 'trash', open: (page) => go(page, 'Trash') },
  { name: 'settings', open: (page) => go(page, 'Settings') },
];

async function go(page: Page, name: string, heading = true): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/${name.toLowerCase()}`);
  if (heading) await expect(page.getByRole('heading', { level: 1, name }).first()).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen at three window sizes, ${colorScheme}`, async ({ page, waymark }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    await seedPlan(page.request, waymark);
    await page.goto(waymark.url);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const screen of SCREENS) {
        await screen.open(page);
        await page.screenshot({
          path: `test-results/screens/sizes/${screen.name}-${size.width}-${colorScheme}.png`,
        });
      }
    }
  });
}
