import { expect, type Locator, type Page } from '@playwright/test';

/** The Import… dialog as a person sees it: by roles and labels. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly folderInput: Locator;
  readonly fileInput: Locator;
  readonly progress: Locator;
  readonly cancelButton: Locator;
  readonly doneButton: Locator;
  readonly closeButton: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import notes' });
    this.folderInput = this.dialog.getByLabel('Choose a folder…');
    this.fileInput = this.dialog.getByLabel('Choose an export file…');
    this.progress = this.dialog.getByRole('progressbar', { name: 'Import progress' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel import' });
    this.doneButton = this.dialog.getByRole('button', { name: 'Done' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close' });
    this.problems = this.dialog.locator('.import-problems');
  }

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

  async importAll(): Promise<void> {
    await this.importButton().click();
    await expect(this.heading(/Import (finished|cancelled|stopped)/)).toBeVisible({
      timeout: 60_000,
    });
  }
}
