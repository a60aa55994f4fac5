import { callApi } from '../e2e/api';
import { expect, test } from '../e2e/fixtures';
import { AchievementsPage, MarkAchievementDialog } from '../e2e/pages/achievements-page';
import { ExportPage } from '../e2e/pages/export-page';
import { JournalPage } from '../e2e/pages/journal-page';
import { seedPlan } from '../e2e/plan-seed';

/** The Mark as achievement dialog, the Achievements screen and the review pack, to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`achievements render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const plan = await seedPlan(page.request, waymark);
    await callApi(page.request, waymark, 'achievements:create', {
      result: 'Won the regional pitch for a national retailer',
      metricValue: 1.2,
      metricUnit: 'million in annual fees',
      happenedOn: '2026-02-12',
      goalId: plan.goalIds[1],
    });
    await callApi(page.request, waymark, 'achievements:create', {
      result: 'Responsible for the junior designers',
      happenedOn: '2026-01-20',
      aspirationId: plan.aspirationIds[0],
    });
    const journal = await JournalPage.startEntry(page, waymark.url);
    await page.keyboard.type('Pitch week');
    await page.keyboard.press('Enter');
    await journal.write('We won the retailer pitch after I rebuilt the deck overnight.');
    await page.keyboard.press('Shift+Home');
    await journal.tool('Mark as achievement').click();
    const mark = new MarkAchievementDialog(page);
    await mark.fill({
      result: 'Rebuild the pitch deck overnight',
      number: '3',
      unit: 'pitches won',
    });
    await page.screenshot({ path: `test-results/screens/achievement-dialog-${colorScheme}.png` });
    await mark.save();
    await expect(journal.editor).toBeFocused();

    const achievements = new AchievementsPage(page);
    await achievements.open();
    await expect(achievements.list.getByRole('heading', { level: 2 })).toHaveCount(4);
    await page.screenshot({ path: `test-results/screens/achievements-${colorScheme}.png` });

    const exporting = new ExportPage(page);
    await exporting.navLink.click();
    await exporting.layout('Review pack').check();
    await exporting.expectPreviewReady();
    await page.screenshot({ path: `test-results/screens/review-pack-${colorScheme}.png` });
  });
}
