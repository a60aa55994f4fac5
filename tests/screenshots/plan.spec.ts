import { expect, test } from '../e2e/fixtures';
import { PlanPage } from '../e2e/pages/plan-page';

/** Pictures of the Plan screen, light and dark, for a person to look at (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`plan screens render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const plan = new PlanPage(page);
    await plan.open(waymark.url);
    await plan.createFromTemplate('Sales');
    await plan.createFromTemplate('Advertising');
    await plan.goalLink('Win 50 pitches').click();
    await plan.smart('Measurable').getByLabel('Current value').fill('12');
    await plan.step('Tell the new business team I want to join pitches').check();
    await plan.expectSaved();
    await page.getByRole('link', { name: /^← / }).click();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
    await page.getByRole('region', { name: 'Plan details' }).evaluate((el) => {
      el.scrollTop = 0;
    });
    await page.screenshot({ path: `test-results/screens/plan-${colorScheme}.png` });

    await plan.goalLink('Win 50 pitches').click();
    await page.screenshot({ path: `test-results/screens/plan-goal-${colorScheme}.png` });
    await plan.dueDate.fill('');
    await expect(plan.saveStatus).toHaveText(/Not saved/);
    await plan.dueDate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/plan-goal-invalid-${colorScheme}.png` });

    await plan.dueDate.fill('2030-06-30');
    await plan.goalTitle.fill('Win 50 new-business pitches');
    await plan.expectSaved();
    await plan.button('History').click();
    await expect(plan.historyDialog().getByRole('listitem')).toHaveCount(2);
    await page.screenshot({ path: `test-results/screens/plan-history-${colorScheme}.png` });
    await plan.historyDialog().getByRole('button', { name: 'Close', exact: true }).first().click();

    await page.getByRole('link', { name: /^← / }).click();
    await plan.button('Pivot').click();
    await page.screenshot({ path: `test-results/screens/plan-pivot-${colorScheme}.png` });
  });
}
