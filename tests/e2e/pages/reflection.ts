import { expect, type Locator } from '@playwright/test';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

/** The search overlay (Ctrl/Cmd+K). */
export class SearchOverlay extends PageObject {
  readonly dialog = this.page.getByRole('dialog', { name: 'Search Waymark' });
  readonly box = this.page.getByRole('combobox', { name: 'Search', exact: true });
  readonly results = this.page.getByRole('listbox', { name: 'Results' });
  readonly kind = this.dialog.getByLabel('Kind');
  readonly tag = this.dialog.getByLabel('Tag', { exact: true });

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.box).toBeFocused();
  }

  option(name: string | RegExp): Locator {
    return this.results.getByRole('option', { name });
  }
}

/** History of the open entry. */
export class HistoryDialog extends PageObject {
  readonly dialog = this.page.getByRole('dialog', { name: 'History' });
  readonly versions = this.dialog.getByRole('listitem');

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  version(preview: string | RegExp): Locator {
    return this.versions.filter({ hasText: preview });
  }
}

/** The Trash screen. */
export class TrashPage extends PageObject {
  readonly list = this.page.getByRole('list', { name: 'Deleted entries' });

  async open(): Promise<void> {
    await mainNavLink(this.page, 'Trash').click();
    await expect(this.page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  }

  row(title: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }
}

/** The entry's tag input and the journal's tag filter. */
export class Tags extends PageObject {
  readonly input = this.page.getByRole('combobox', { name: 'Tags', exact: true });
  readonly filter = this.page.getByLabel('Filter by tag');

  chip(name: string): Locator {
    return this.page.getByRole('button', { name: `Remove tag ${name}` });
  }

  async add(name: string): Promise<void> {
    await this.input.fill(name);
    await this.input.press('Enter');
    await expect(this.chip(name)).toBeVisible();
  }
}
