import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { AchievementsPage, MarkAchievementDialog } from './pages/achievements-page';
import { JournalPage } from './pages/journal-page';
import { seedPlan } from './plan-seed';

/** WCAG A and AA rules, as axe checks them. */
async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Mark as achievement dialog and the Achievements screen pass axe (${colorScheme})`, async ({
    page,
    waymark,
  }) => {
    await page.emulateMedia({ colorScheme });
    const plan = await seedPlan(page.request, waymark);
    await callApi(page.request, waymark, 'achievements:create', {
      result: 'Responsible for the junior designers',
      happenedOn: '2026-01-20',
      aspirationId: plan.aspirationIds[0],
    });
    const journal = await JournalPage.startEntry(page, waymark.url);
    await journal.write('A good week.');
    await journal.tool('Mark as achievement').click();
    const mark = new MarkAchievementDialog(page);
    await expect(mark.dialog).toBeVisible();
    expect(await violations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');

    const achievements = new AchievementsPage(page);
    await achievements.open();
    await expect(achievements.list.getByRole('heading', { level: 2 })).toHaveCount(2);
    expect(await violations(page, 'main')).toEqual([]);
  });
}
