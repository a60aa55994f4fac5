import type { Route } from '@playwright/test';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { skipWelcome } from './pages/welcome';
import { paragraphs, secondComputer } from './second-computer';

const doc = paragraphs;

test("an aspiration's statement saved from a form that had not shown a merge keeps the other computer's words", async ({
  waymark,
  page,
}) => {
  const { folder, laptop, close } = await secondComputer();
  try {
    const setup = { target: { kind: 'folder', path: folder }, passphrase: 'river stone lamp' };
    await callApi(page.request, waymark, 'sync:setup', setup as never);
    const aspiration = await callApi(page.request, waymark, 'plan:createAspiration', {
      title: 'Lead design',
      statement: doc('Lead a design team.', 'By 2030.'),
    });
    await callApi(page.request, waymark, 'sync:now', {});
    await callApi(page.request, laptop, 'sync:setup', setup as never);

    // The laptop has the aspiration open and types in its statement; its save is held back while
    // the other computer's words for the same statement are merged under the form.
    await skipWelcome(page, laptop.url);
    await page.goto(`${laptop.url}`);
    await page.evaluate((id) => (location.hash = `#/plan/${id}`), aspiration.id);
    const statement = page.getByRole('textbox', { name: 'Statement' });
    await expect(statement).toContainText('By 2030.');
    const isSave = (url: URL) =>
      url.pathname === `/api/${encodeURIComponent('plan:updateAspiration')}`;
    const held: Route[] = [];
    let holding = true;
    await page.route(isSave, (route) => (holding ? void held.push(route) : route.continue()));
    await statement.click();
    await statement.press('ControlOrMeta+End');
    await statement.pressSequentially(' In Lisbon.');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await callApi(page.request, waymark, 'plan:updateAspiration', {
      id: aspiration.id,
      statement: doc('Lead a design team of ten.', 'By 2030.'),
    });
    await callApi(page.request, waymark, 'sync:now', {});
    await callApi(page.request, laptop, 'sync:now', {});
    holding = false;
    for (const route of held) await route.continue();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await callApi(page.request, laptop, 'sync:now', {});
    await callApi(page.request, waymark, 'sync:now', {});

    const merged = doc('Lead a design team of ten.', 'By 2030. In Lisbon.');
    for (const server of [waymark, laptop]) {
      const tree = await callApi(page.request, server, 'plan:tree', {});
      const node = tree.aspirations.find((a) => a.id === aspiration.id);
      expect(node?.statement).toEqual(merged);
    }
    // Once saved, the form shows the merged statement.
    await expect(statement).toContainText('Lead a design team of ten.');
    await expect(statement).toContainText('By 2030. In Lisbon.');
    await page.screenshot({ path: '/tmp/sync-aspiration-merged.png' });
  } finally {
    await close();
  }
});
