import { expect, type Locator, type Page } from '@playwright/test';

/** The search overlay (Ctrl/Cmd+K). */
export class SearchOverlay {
  readonly dialog: Locator;
  readonly box: Locator;
  readonly results: Locator;
  readonly kind: Locator;
  readonly tag: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search Waymark' });
    this.box = page.getByRole('combobox', { name: 'Search', exact: true });
    this.results = page.getByRole('listbox', { name: 'Results' });
    this.kind = this.dialog.getByLabel('Kind');
    this.tag = this.dialog.getByLabel('Tag', { exact: true });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.box).toBeFocused();
  }

  option(name: string | RegExp): Locator {
    return this.results.getByRole('option', { name });
  }
}

/** History of the open entry. */
export class HistoryDialog {
  readonly dialog: Locator;
  readonly versions: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'History' });
    this.versions = this.dialog.getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  version(preview: string | RegExp): Locator {
    return this.versions.filter({ hasText: preview });
  }
}

/** The Trash screen. */
export class TrashPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Deleted entries' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Trash' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  }

  row(title: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }
}

/** The entry's tag input and the journal's tag filter. */
export class Tags {
  readonly input: Locator;
  readonly filter: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('combobox', { name: 'Tags', exact: true });
    this.filter = page.getByLabel('Filter by tag');
  }

  chip(name: string): Locator {
    return this.page.getByRole('button', { name: `Remove tag ${name}` });
  }

  async add(name: string): Promise<void> {
    await this.input.fill(name);
    await this.input.press('Enter');
    await expect(this.chip(name)).toBeVisible();
  }
}
