import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { SyncSection } from './pages/sync-section';
import { paragraphs, secondComputer } from './second-computer';
import { skipWelcome } from './pages/welcome';

const doc = paragraphs;

async function openSync(page: Page, url: string): Promise<SyncSection> {
  await skipWelcome(page, url);
  await page.goto(url);
  await new SettingsPage(page).open();
  return new SyncSection(page);
}

test('two computers sync through one folder: written on one, seen on the other, both offline edits kept', async ({
  waymark,
  page,
  context,
}) => {
  const { folder, laptop, close } = await secondComputer();
  try {
    await callApi(page.request, laptop, 'welcome:skip', {});

    const home = await openSync(page, waymark.url);
    await expect(home.region.getByText('Sync is off on this computer.')).toBeVisible();
    await home.region.getByLabel('Sync folder (full path)').fill('Sync');
    await home.region.getByLabel('Sync passphrase').fill('river stone lamp');
    await home.region.getByRole('button', { name: 'Turn on sync' }).click();
    await expect(home.region.getByRole('alert')).toContainText('Type the full path of the folder');
    await home.useFolder(folder, 'river stone lamp');

    const entry = await callApi(page.request, waymark, 'journal:create', {
      entryDate: '2026-04-02',
      body: doc('Offer from the studio', 'They want an answer by Friday.'),
    });
    await home.syncAndWait();
    await expect(
      home.region.getByText('None: everything written here has been sent.'),
    ).toBeVisible();

    const laptopPage = await context.newPage();
    const away = await openSync(laptopPage, laptop.url);
    await away.region.getByLabel('Sync folder (full path)').fill(folder);
    await away.region.getByLabel('Sync passphrase').fill('wrong passphrase');
    await away.region.getByRole('button', { name: 'Turn on sync' }).click();
    await expect(away.region.getByRole('alert')).toContainText(
      'not the one the sync folder was set up with',
    );
    await away.useFolder(folder, 'river stone lamp');
    await laptopPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal', exact: true })
      .click();
    await expect(
      laptopPage.getByRole('complementary', { name: 'Entries' }).getByRole('link', {
        name: /Offer from the studio/,
      }),
    ).toBeVisible();

    // Both edit the same entry while apart, then sync: both edits are there on both.
    await callApi(page.request, waymark, 'journal:update', {
      id: entry.id,
      body: doc('Offer from the studio (design lead)', 'They want an answer by Friday.'),
    });
    await callApi(laptopPage.request, laptop, 'journal:update', {
      id: entry.id,
      body: doc('Offer from the studio', 'They want an answer by Friday. Ask about remote days.'),
    });
    await home.syncAndWait();
    const awaySync = new SyncSection(laptopPage);
    await new SettingsPage(laptopPage).open();
    await awaySync.syncAndWait();
    await home.syncAndWait();
    const merged = doc(
      'Offer from the studio (design lead)',
      'They want an answer by Friday. Ask about remote days.',
    );
    expect((await callApi(page.request, waymark, 'journal:get', { id: entry.id })).body).toEqual(
      merged,
    );
    expect(
      (await callApi(laptopPage.request, laptop, 'journal:get', { id: entry.id })).body,
    ).toEqual(merged);

    // The laptop has the journal open, with words typed in that entry, when a round it did not
    // ask for (as the background ones are) brings a new entry: the list shows it without a reload.
    await laptopPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal', exact: true })
      .click();
    const laptopList = laptopPage.getByRole('complementary', { name: 'Entries' });
    await laptopList.getByRole('link', { name: /Offer from the studio/ }).click();
    const editor = laptopPage.getByRole('textbox', { name: 'Entry' });
    await expect(editor).toContainText('Ask about remote days.');
    await editor.click();
    await editor.press('ControlOrMeta+End');
    await editor.pressSequentially(' Call them Monday.');
    await callApi(page.request, waymark, 'journal:create', {
      entryDate: '2026-04-03',
      body: doc('Portfolio review booked'),
    });
    await home.syncAndWait();
    await callApi(laptopPage.request, laptop, 'sync:now', {});
    await expect(laptopList.getByRole('link', { name: /Portfolio review booked/ })).toBeVisible();
    // The open editor keeps what is on screen, typing included.
    await expect(editor).toContainText('Ask about remote days. Call them Monday.');
    await laptopPage.screenshot({ path: '/tmp/sync-follow-journal.png' });

    // The laptop types in that entry again, and before its save goes through (held back here), the
    // other computer's words for the same entry are merged under the editor. The save was typed on
    // the text from before; it adds the typing and removes none of those words.
    const isEntrySave = (url: URL) =>
      url.pathname === `/api/${encodeURIComponent('journal:update')}`;
    const held: Route[] = [];
    let holding = true;
    await laptopPage.route(isEntrySave, (route) =>
      holding ? void held.push(route) : route.continue(),
    );
    await editor.pressSequentially(' Bring the portfolio.');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const atHome = await callApi(page.request, waymark, 'journal:get', { id: entry.id });
    await callApi(page.request, waymark, 'journal:update', {
      id: entry.id,
      body: {
        ...atHome.body,
        content: [...(atHome.body.content ?? []), ...doc('Salary: ask.').content],
      },
    });
    await home.syncAndWait();
    await callApi(laptopPage.request, laptop, 'sync:now', {});
    holding = false;
    for (const route of held) await route.continue();
    await expect(laptopPage.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await callApi(laptopPage.request, laptop, 'sync:now', {});
    await home.syncAndWait();
    for (const [request, server] of [
      [page.request, waymark],
      [laptopPage.request, laptop],
    ] as const) {
      const text = JSON.stringify(
        (await callApi(request, server, 'journal:get', { id: entry.id })).body,
      );
      expect(text).toContain('Salary: ask.');
      expect(text).toContain('Call them Monday. Bring the portfolio.');
    }
    // Once saved, the editor shows the merged text.
    await expect(editor).toContainText('Salary: ask.');
    await expect(editor).toContainText('Bring the portfolio.');
    await new SettingsPage(laptopPage).open();

    // Stopping removes nothing from the folder.
    const files = readdirSync(join(folder, 'waymark-sync'), { recursive: true }).sort();
    await awaySync.stop.click();
    await expect(awaySync.region.getByText('Sync is off on this computer.')).toBeVisible();
    expect(readdirSync(join(folder, 'waymark-sync'), { recursive: true }).sort()).toEqual(files);
  } finally {
    await close();
  }
});
