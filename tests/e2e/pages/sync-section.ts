import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Sync as a person sees it: by roles and labels. */
export class SyncSection {
  readonly region: Locator;
  readonly syncNow: Locator;
  readonly stop: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Sync' });
    this.syncNow = this.region.getByRole('button', { name: 'Sync now' });
    this.stop = this.region.getByRole('button', { name: 'Stop syncing on this computer' });
  }

  /** Turns sync on through a folder with a passphrase, and waits for the state to show. */
  async useFolder(path: string, passphrase: string): Promise<void> {
    await this.region.getByRole('radio', { name: 'A folder' }).check();
    await this.region.getByLabel('Sync folder (full path)').fill(path);
    await this.region.getByLabel('Sync passphrase').fill(passphrase);
    await this.region.getByRole('button', { name: 'Turn on sync' }).click();
    await expect(this.syncNow).toBeVisible();
  }

  /** Syncs and waits for the round to finish. */
  async syncAndWait(): Promise<void> {
    await this.syncNow.click();
    await expect(this.syncNow).toBeEnabled();
    await expect(this.region.getByText(/^(Just now|\d+ minutes? ago)$/)).toBeVisible();
  }
}
