import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { mainNavLink } from './pages/nav';

test('a screen that cannot be drawn says so, and the rest of the app keeps working', async ({
  page,
  waymark,
}) => {
  // An answer the Plan screen cannot draw (no list where its aspirations go), as a bug would bring.
  await page.route('**/api/plan%3Atree', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { today: '2026-11-26', aspirations: null } }),
    }),
  );
  await page.goto(waymark.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Plan', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
  await expect(alert).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/screen-error-light.png' });

  // The sidebar still works, and Try again reads the screen afresh once what broke it is gone.
  await nav.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await nav.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(alert).toBeVisible();
  await page.unroute('**/api/plan%3Atree');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
});

test('an error outside the screens offers to reload instead of leaving the window blank', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await journal.write('Draft that goes to the trash');
  await page.getByRole('button', { name: 'Delete entry' }).click();
  // Its message is taken out of the page behind React's back (what failed in CI once): when the
  // message's time is up, React cannot remove it and gives up on everything it draws.
  const toast = page.locator('.toasts').getByText('moved to the trash');
  await expect(toast).toBeVisible();
  await page.locator('.toasts').evaluate((element) => element.replaceChildren());
  const alert = page.getByRole('alert').filter({ hasText: 'Waymark could not carry on' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screens/window-error-light.png' });

  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await mainNavLink(page, 'Trash').click();
  await expect(page.getByText('Draft that goes to the trash')).toBeVisible();
});
