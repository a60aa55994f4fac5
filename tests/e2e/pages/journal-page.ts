import { expect, type Locator, type Page } from '@playwright/test';
import { skipWelcome } from './welcome';
import { goToScreen } from './nav';
import { PageObject } from './page-object';

const isEntrySave = (url: URL) => url.pathname === `/api/${encodeURIComponent('journal:update')}`;

/** The Journal screen as a person sees it: by roles and labels. */
export class JournalPage extends PageObject {
  readonly newEntryButton = this.page.getByRole('button', { name: 'New entry' });
  readonly editor = this.page.getByRole('textbox', { name: 'Entry', exact: true });
  readonly saveStatus = this.page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Editing|save/ });
  readonly entryList = this.page.getByRole('complementary', { name: 'Entries' });
  readonly entryDate = this.page.getByLabel('Date written', { exact: true });
  /** The offer of text that was typed but never saved, on the entry it belongs to. */
  readonly unsavedNotice = this.page.getByRole('region', { name: 'Changes not saved' });

  /** Opens the app past the first-run welcome, then goes to the Journal (Today is the landing view). */
  async open(url: string): Promise<void> {
    await skipWelcome(this.page, url);
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await goToScreen(this.page, 'Journal');
  }

  tool(name: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name, exact: true });
  }

  /** Types `text` with a mark turned on by its toolbar button, and turns the mark off again. */
  async typeMarked(tool: string, text: string): Promise<void> {
    await this.tool(tool).click();
    await this.page.keyboard.type(text);
    await this.tool(tool).click();
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
    await goToScreen(this.page, screen);
  }

  async expectSaveFailing(): Promise<void> {
    await expect(this.saveStatus).toContainText('Couldn’t save — retrying');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 10_000 });
  }
}
