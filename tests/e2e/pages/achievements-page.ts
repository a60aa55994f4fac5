import { expect, type Locator } from '@playwright/test';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

/** The Mark as achievement dialog, by roles and labels. */
export class MarkAchievementDialog extends PageObject {
  readonly dialog = this.page.getByRole('dialog', { name: 'Mark as achievement' });

  async fill(fields: { result: string; number?: string; unit?: string; serves?: string }) {
    await this.dialog.getByLabel('Result').fill(fields.result);
    if (fields.number) await this.dialog.getByLabel('Number (optional)').fill(fields.number);
    if (fields.unit) await this.dialog.getByLabel('Unit').fill(fields.unit);
    if (fields.serves) {
      await this.dialog.getByLabel('Serves').selectOption({ label: fields.serves });
    }
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Save achievement' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The Achievements screen, by roles and labels. */
export class AchievementsPage extends PageObject {
  readonly list = this.page.getByRole('list', { name: 'Achievements' });

  async open() {
    const link = mainNavLink(this.page, 'Achievements');
    await link.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Achievements' })).toBeVisible();
  }

  item(result: string): Locator {
    return this.list.getByRole('listitem', { name: result });
  }
}
