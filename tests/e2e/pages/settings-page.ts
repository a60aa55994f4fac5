import { expect, type Locator } from '@playwright/test';
import type { JournalPage } from './journal-page';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

/**
 * Starts an entry and types into it. Clicks into the new entry's editor rather than relying on
 * New entry moving the focus there, which can lose a race on a heavily loaded machine.
 */
export async function writeEntry(journal: JournalPage, text: string): Promise<void> {
  const untitled = journal.entryList.getByRole('link', { name: /^Untitled/ });
  const before = await untitled.count();
  await journal.newEntryButton.click();
  await expect(untitled).toHaveCount(before + 1);
  await expect(untitled.first()).toHaveAttribute('aria-current', 'true');
  await journal.editor.click();
  await journal.page.keyboard.type(text);
  await journal.expectSaved();
}

/** The Settings screen (and the recovery screen) as a person sees them: by roles and labels. */
export class SettingsPage extends PageObject {
  readonly heading = this.page.getByRole('heading', { name: 'Settings', level: 1 });
  readonly backUpNow = this.page.getByRole('button', { name: 'Back up now' });
  readonly backups = this.page.getByRole('table', { name: 'Backups, newest first' });
  readonly exportEverything = this.page.getByRole('button', { name: 'Export everything' });
  readonly importFile = this.page.getByLabel('Import a Waymark export file');
  readonly exportMarkdown = this.page.getByRole('button', { name: 'Export as Markdown' });
  readonly dialog = this.page.getByRole('dialog');

  /** Writes an entry in the Journal (so there is something to keep), then opens Settings. */
  static async afterWriting(journal: JournalPage, text: string): Promise<SettingsPage> {
    await writeEntry(journal, text);
    const settings = new SettingsPage(journal.page);
    await settings.open();
    return settings;
  }

  async open(): Promise<void> {
    await mainNavLink(this.page, 'Settings').click();
    await expect(this.heading).toBeVisible();
  }

  backupRows(): Locator {
    return this.backups.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async backUp(): Promise<void> {
    const before = await this.backupRows()
      .count()
      .catch(() => 0);
    await this.backUpNow.click();
    await expect(this.backupRows()).toHaveCount(before + 1);
  }

  async restoreNewest(): Promise<void> {
    await this.backupRows()
      .first()
      .getByRole('button', { name: /^Restore the backup of/ })
      .click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
