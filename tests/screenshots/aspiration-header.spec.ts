import { test } from '../e2e/fixtures';
import { PlanPage } from '../e2e/pages/plan-page';

/** The aspiration header (title, status, save state, actions) at a wide and a narrow window. */
for (const colorScheme of ['light', 'dark'] as const)
  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 600 },
  ]) {
    test(`aspiration header at ${size.width}×${size.height}, ${colorScheme}`, async ({
      page,
      waymark,
    }) => {
      await page.emulateMedia({ colorScheme });
      const plan = new PlanPage(page);
      await plan.open(waymark.url);
      await plan.createFromTemplate('Sales');
      await page
        .getByRole('textbox', { name: 'Aspiration', exact: true })
        .fill(
          'Lead the sales enablement team across Europe and build a coaching practice of my own',
        );
      await plan.expectSaved();
      // The narrow window folds the navigation away: set the size once the aspiration is open.
      await page.setViewportSize(size);
      await page.screenshot({
        path: `test-results/screens/aspiration-header-${size.width}-${colorScheme}.png`,
      });
    });
  }
