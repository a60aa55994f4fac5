import { expect, test } from '@playwright/test';
import { launchApp, withDataDir } from './launch';

/**
 * The desktop app itself. Runs only where the Electron binary exists (npm test passes its path in
 * WAYMARK_ELECTRON and otherwise prints one line saying these were not run).
 */
test('launch, write an entry, relaunch and see it', () =>
  withDataDir(async (dataDir) => {
    const launch = () => launchApp(dataDir);
    let app = await launch();
    let window = await app.firstWindow();
    // First run: the welcome opens over Today; skip it and go to the Journal.
    await window
      .getByRole('dialog', { name: 'Welcome to Waymark' })
      .getByRole('button', { name: 'Skip' })
      .click();
    const journalLink = (page: typeof window) =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' });
    await journalLink(window).click();
    await window.getByRole('button', { name: 'New entry' }).click();
    await window
      .getByRole('textbox', { name: 'Entry', exact: true })
      .pressSequentially('Written in the desktop app');
    await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({
      timeout: 10_000,
    });
    // No Node in the page: context isolation and the sandbox hold.
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: typeof (globalThis as { waymark?: unknown }).waymark,
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
    await app.close();

    app = await launch();
    window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(window.getByRole('dialog', { name: 'Welcome to Waymark' })).toBeHidden();
    await journalLink(window).click();
    await expect(window.getByRole('link', { name: /Written in the desktop app/ })).toBeVisible();
    await app.close();
  }));
