import { expect, type Locator, type Page } from '@playwright/test';

/** The Export screen as a person sees it: by roles and labels. */
export class ExportPage {
  readonly preview: Locator;
  readonly savePdf: Locator;
  readonly name: Locator;
  readonly navLink: Locator;

  constructor(readonly page: Page) {
    this.navLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Export' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.savePdf = page.getByRole('button', { name: 'Save PDF…' });
    this.name = page.getByLabel('Your name as it should appear');
  }

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
