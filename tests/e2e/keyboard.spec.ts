import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi } from './api';
import { QUESTIONS } from './pages/values-page';

/**
 * Issue #21: the main tasks done with nothing but the keyboard — no click, no programmatic focus —
 * with focus visible at every stop and returned where it was when a dialog closes.
 */

test.use({ firstRun: true });

/** What shows the focused element: an outline or a ring (a box shadow), not nothing. */
async function expectFocusVisible(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing has focus';
    // Tab's last stop in a date field is its calendar button, inside the field, which Chromium
    // rings itself where no page style reaches (the field's own style says nothing then).
    if (element.matches('input[type="date"]') && !element.matches(':focus-visible'))
      return 'visible';
    const style = getComputedStyle(element);
    const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
    return visible ? 'visible' : `no focus indicator on ${element.outerHTML.slice(0, 120)}`;
  });
  expect(shown).toBe('visible');
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking focus is visible on each stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Opens `dialog` from `opener` with the keyboard; Escape closes it and focus is back on `opener`. */
async function openAndEscape(page: Page, opener: Locator, dialog: Locator): Promise<void> {
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('the main tasks, keyboard only', async ({ page, waymark }) => {
  test.setTimeout(120_000);
  await page.goto(waymark.url);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Waymark' });
  await expect(welcome).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(welcome).toHaveCount(0);
  await expect(page).toHaveTitle('Today — Waymark');

  // An entry with bold text; the toolbar is reached with Alt+F10 and left with Escape.
  await page.keyboard.press('ControlOrMeta+n');
  const editor = page.getByRole('textbox', { name: 'Entry', exact: true });
  await expect(editor).toBeFocused();
  await expect(page).toHaveTitle('Journal — Waymark');
  await page.keyboard.type('Portfolio review: ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('show the café rebrand first');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(editor.locator('strong')).toHaveText('show the café rebrand first');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await page.keyboard.press('Alt+F10');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  // A plan from a template; the template dialog gives focus back to its opener.
  await page.keyboard.press('ControlOrMeta+2');
  const planHeading = page.getByRole('heading', { level: 1, name: 'Plan' });
  await expect(planHeading).toBeFocused();
  await expect(page).toHaveTitle('Plan — Waymark');
  const useTemplate = page
    .getByRole('complementary', { name: 'Aspirations' })
    .getByRole('button', { name: 'Use a template' });
  const templates = page.getByRole('dialog', { name: 'Start from a template' });
  await openAndEscape(page, useTemplate, templates);
  await page.keyboard.press('Enter');
  await tabTo(page, templates.getByRole('radio').first());
  await page.keyboard.press('Space');
  await tabTo(page, templates.getByRole('button', { name: 'Create from template' }));
  await page.keyboard.press('Enter');
  await expect(templates).toHaveCount(0);

  // A goal opened, a step ticked.
  const goal = page.getByRole('list', { name: 'Goals' }).getByRole('link').first();
  await tabTo(page, goal);
  await page.keyboard.press('Enter');
  const step = page.getByRole('list', { name: 'Steps' }).getByRole('checkbox').first();
  await tabTo(page, step);
  await page.keyboard.press('Space');
  await expect(step).toBeChecked();

  // A values check answered and saved.
  await page.keyboard.press('ControlOrMeta+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Values' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Check values' }).first());
  await page.keyboard.press('Enter');
  for (const question of Object.values(QUESTIONS)) {
    const yes = page
      .getByRole('radiogroup', { name: question, exact: true })
      .getByRole('radio', { name: 'Yes', exact: true });
    await tabTo(page, yes);
    await page.keyboard.press('Space');
    await expect(yes).toBeChecked();
  }
  for (const scale of ['How much does it excite you?', 'How much does it scare you?']) {
    const group = page.getByRole('radiogroup', { name: scale, exact: true });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: '3' })).toBeChecked();
  }
  await tabTo(page, page.getByRole('button', { name: 'Save check' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Every check' })).toBeVisible();

  // Search, and open what it found.
  await page.keyboard.press('ControlOrMeta+k');
  const box = page.getByRole('combobox', { name: 'Search', exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type('café rebrand');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('show the café rebrand first');

  // Export is one shortcut away, and its preview can be scrolled from the keyboard.
  await page.keyboard.press('ControlOrMeta+e');
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeFocused();
  await expect(page).toHaveTitle('Export — Waymark');
  await tabTo(page, page.getByRole('region', { name: 'Preview' }));

  const tree = await callApi(page.request, waymark, 'plan:tree', {});
  expect(tree.aspirations).toHaveLength(1);
});

test('the import dialog gives focus back to the button that opened it', async ({
  page,
  waymark,
}) => {
  await page.goto(waymark.url);
  // Escape skips the welcome once it is there (pressed earlier, it would reach nothing).
  const welcome = page.getByRole('dialog', { name: 'Welcome to Waymark' });
  await expect(welcome).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(welcome).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeFocused();
  const opener = page.getByRole('complementary', { name: 'Entries' }).getByRole('button', {
    name: 'Import…',
  });
  await openAndEscape(page, opener, page.getByRole('dialog', { name: 'Import notes' }));
});
