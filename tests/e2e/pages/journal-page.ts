import { expect, type Locator, type Page } from '@playwright/test';
import { skipWelcome } from './welcome';

const isEntrySave = (url: URL) => url.pathname === `/api/${encodeURIComponent('journal:update')}`;

/** The Journal screen as a person sees it: by roles and labels. */
export class JournalPage {
  readonly newEntryButton: Locator;
  readonly editor: Locator;
  readonly saveStatus: Locator;
  readonly entryList: Locator;
  readonly entryDate: Locator;
  /** The offer of text that was typed but never saved, on the entry it belongs to. */
  readonly unsavedNotice: Locator;

  constructor(readonly page: Page) {
    this.newEntryButton = page.getByRole('button', { name: 'New entry' });
    this.editor = page.getByRole('textbox', { name: 'Entry', exact: true });
    this.saveStatus = page.getByRole('status').filter({ hasText: /Saved|Saving|Editing|save/ });
    this.entryList = page.getByRole('complementary', { name: 'Entries' });
    this.entryDate = page.getByLabel('Date written', { exact: true });
    this.unsavedNotice = page.getByRole('region', { name: 'Changes not saved' });
  }

  /** Opens the app past the first-run welcome, then goes to the Journal (Today is the landing view). */
  async open(url: string): Promise<void> {
    await skipWelcome(this.page, url);
    await this.page.goto(url);
    const link = this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal', exact: true });
    await expect(this.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
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

  /** The Journal opened on a new entry, ready to type into: where most journal tests begin. */
  static async startEntry(page: Page, url: string): Promise<JournalPage> {
    const journal = new JournalPage(page);
    await journal.open(url);
    await journal.newEntry();
    return journal;
  }

  /** Types into the entry where the caret is and waits until the text is saved. */
  async write(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.expectSaved();
  }

  /** Every save of an entry's text fails from now on, as when the server is gone. */
  async failSaves(): Promise<void> {
    await this.page.route(isEntrySave, (route) => route.abort());
  }

  /** Saves go through again, as when the server is back. */
  async allowSaves(): Promise<void> {
    await this.page.unroute(isEntrySave);
  }

  /** Goes to another screen by the main navigation, as a person does. */
  async leaveFor(screen: string): Promise<void> {
    const link = this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: screen, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  async expectSaveFailing(): Promise<void> {
    await expect(this.saveStatus).toContainText('Couldn’t save — retrying');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 10_000 });
  }
}
