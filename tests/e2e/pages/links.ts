import { expect, type Locator, type Page } from '@playwright/test';

/** The open entry's *Linked to* control: chips, and the combobox that adds links. */
export class EntryLinksControl {
  readonly box: Locator;
  readonly options: Locator;
  readonly chips: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Linked to' });
    this.options = page.getByRole('listbox', { name: 'Aspirations and goals' }).getByRole('option');
    this.chips = page.getByRole('list', { name: 'Links' }).getByRole('listitem');
  }

  /** Types part of a title, chooses the first matching option with the keyboard, Enter links. */
  async link(words: string, option: string | RegExp): Promise<void> {
    await this.box.click();
    await this.box.fill(words);
    await expect(this.options.filter({ hasText: option }).first()).toBeVisible();
    await this.page.keyboard.press('ArrowDown');
    await expect(this.options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(this.options.first()).toContainText(option);
    await this.page.keyboard.press('Enter');
    await expect(this.chips.filter({ hasText: option })).toHaveCount(1);
  }

  chip(title: string | RegExp): Locator {
    return this.chips.filter({ hasText: title });
  }
}

/** An aspiration's or goal's *Reflections* section in the Plan screen. */
export class LinkedEntriesSection {
  readonly section: Locator;
  readonly start: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Reflections' });
    this.start = this.section.getByRole('button', { name: 'Start a reflection', exact: true });
  }

  entries(title: string): Locator {
    return this.section.getByRole('list', { name: `Journal entries linked to ${title}` });
  }
}
