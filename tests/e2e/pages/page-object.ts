import type { Page } from '@playwright/test';

/**
 * What every page object holds: the page, read by roles and labels. A page object extends this and
 * declares each locator once, as a field (`readonly box = this.page.getByRole(…)`): a subclass's
 * fields are set after this constructor has stored the page.
 */
export class PageObject {
  constructor(readonly page: Page) {}
}
