import { expect, type Locator } from '@playwright/test';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

/** The Export screen as a person sees it: by roles and labels. */
export class ExportPage extends PageObject {
  readonly preview = this.page.getByRole('region', { name: 'Preview' });
  readonly savePdf = this.page.getByRole('button', { name: 'Save PDF…' });
  readonly name = this.page.getByLabel('Your name as it should appear');
  readonly navLink = mainNavLink(this.page, 'Export');

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('link', { name: 'Export' }).click();
    await expect(this.page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
    await this.expectPreviewReady();
  }

  /** Goes to Export from the main navigation and waits for the preview. */
  async goTo(): Promise<void> {
    await this.navLink.click();
    await this.expectPreviewReady();
  }

  layout(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name });
  }

  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  get pages(): Locator {
    return this.preview.getByRole('article', { name: /^Page \d+ of \d+$/ });
  }

  async expectPreviewReady(): Promise<void> {
    await expect(this.preview.locator('.print-document[data-ready="true"]')).toBeVisible({
      timeout: 20_000,
    });
    await expect(this.savePdf).toBeEnabled();
  }
}
