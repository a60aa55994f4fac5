import { expect, test } from '../e2e/fixtures';
import { openSeededTimeline } from '../e2e/timeline-seed';

/** Pictures of the Timeline, light and dark, with a goal's card open (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the timeline in the ${colorScheme} theme`, async ({ page, request, waymark }) => {
    await page.emulateMedia({ colorScheme });
    const { timeline } = await openSeededTimeline(page, request, waymark, 'Quarters');
    await timeline.bar('Build a portfolio site').hover();
    await expect(timeline.card).toBeVisible();
    await page.screenshot({ path: `test-results/screens/timeline-${colorScheme}.png` });
  });
}
