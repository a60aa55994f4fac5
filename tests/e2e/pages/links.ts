import { expect, type Locator } from '@playwright/test';
import { PageObject } from './page-object';

/** The open entry's *Linked to* control: chips, and the combobox that adds links. */
export class EntryLinksControl extends PageObject {
  readonly box = this.page.getByRole('combobox', { name: 'Linked to' });
  readonly options = this.page
    .getByRole('listbox', { name: 'Aspirations and goals' })
    .getByRole('option');
  readonly chips = this.page.getByRole('list', { name: 'Links' }).getByRole('listitem');

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
export class LinkedEntriesSection extends PageObject {
  readonly section = this.page.getByRole('region', { name: 'Reflections' });
  readonly start = this.section.getByRole('button', { name: 'Start a reflection', exact: true });

  entries(title: string): Locator {
    return this.section.getByRole('list', { name: `Journal entries linked to ${title}` });
  }
}
