import { expect, type Locator, type Page } from '@playwright/test';

/** The Journal screen as a person sees it: by roles and labels. */
export class JournalPage {
  readonly newEntryButton: Locator;
  readonly editor: Locator;
  readonly saveStatus: Locator;
  readonly entryList: Locator;
  readonly entryDate: Locator;

  constructor(readonly page: Page) {
    this.newEntryButton = page.getByRole('button', { name: 'New entry' });
    this.editor = page.getByRole('textbox', { name: 'Entry', exact: true });
    this.saveStatus = page.getByRole('status').filter({ hasText: /Saved|Saving|Editing|save/ });
    this.entryList = page.getByRole('complementary', { name: 'Entries' });
    this.entryDate = page.getByLabel('Entry date');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('link', { name: 'Journal' })).toBeVisible();
  }

  tool(name: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name, exact: true });
  }

  entryLink(title: string | RegExp): Locator {
    return this.entryList.getByRole('link', { name: title });
  }

  async newEntry(): Promise<void> {
    await this.newEntryButton.click();
    await expect(this.editor).toBeFocused();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 10_000 });
  }
}
