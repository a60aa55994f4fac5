import { expect, type Locator } from '@playwright/test';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

/** The Today screen and the first-run welcome, as a person sees them. */
export class TodayPage extends PageObject {
  readonly navLink = mainNavLink(this.page, 'Today');
  readonly heading = this.page.getByRole('heading', { level: 1, name: 'Today' });
  readonly welcome = this.page.getByRole('dialog', { name: 'Welcome to Waymark' });

  list(name: 'Overdue' | 'Due in the next 14 days' | 'Check against your values'): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  checkIn(goalTitle: string): Locator {
    return this.page.getByRole('article', { name: goalTitle, exact: true });
  }

  async answerCheckIn(goalTitle: string, onTrack: 'Yes' | 'No', realistic: 'Yes' | 'No') {
    const card = this.checkIn(goalTitle);
    await card
      .getByRole('group', { name: 'Still on track?' })
      .getByRole('radio', { name: onTrack })
      .check();
    await card
      .getByRole('group', { name: 'Still realistic?' })
      .getByRole('radio', { name: realistic })
      .check();
  }

  async expectOpen(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }
}

/** A calendar date `days` from today on this machine's clock (the browser shares it). */
export function localDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
