import { expect, type Locator } from '@playwright/test';
import { PageObject } from './page-object';

/** The Import… dialog as a person sees it: by roles and labels. */
export class ImportDialog extends PageObject {
  readonly dialog = this.page.getByRole('dialog', { name: 'Import notes' });
  readonly folderInput = this.dialog.getByLabel('Choose a folder…');
  readonly fileInput = this.dialog.getByLabel('Choose an export file…');
  readonly progress = this.dialog.getByRole('progressbar', { name: 'Import progress' });
  readonly cancelButton = this.dialog.getByRole('button', { name: 'Cancel import' });
  readonly doneButton = this.dialog.getByRole('button', { name: 'Done' });
  readonly closeButton = this.dialog.getByRole('button', { name: 'Close' });
  readonly problems = this.dialog.locator('.import-problems');

  /** Opens it from the Journal screen's header. */
  async openFromHeader(): Promise<void> {
    await this.page
      .getByRole('complementary', { name: 'Entries' })
      .getByRole('button', { name: 'Import…' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import( \d[\d,]* (entry|entries))?$/ });
  }

  heading(name: string | RegExp): Locator {
    return this.dialog.getByRole('heading', { name });
  }

  async chooseFolder(path: string): Promise<void> {
    await this.folderInput.setInputFiles(path);
    await expect(this.heading('What Waymark found')).toBeVisible({ timeout: 30_000 });
  }

  /** Opens the dialog from the Journal's header and chooses the folder at `path`. */
  async openOnFolder(path: string): Promise<void> {
    await this.openFromHeader();
    await this.chooseFolder(path);
  }

  /** Waits until the dialog shows `text`. */
  async expectToSay(text: string | RegExp): Promise<void> {
    await expect(this.dialog.getByText(text)).toBeVisible();
  }

  async importAll(): Promise<void> {
    await this.importButton().click();
    await expect(this.heading(/Import (finished|cancelled|stopped)/)).toBeVisible({
      timeout: 60_000,
    });
  }
}
