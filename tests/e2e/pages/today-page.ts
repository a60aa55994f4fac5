import { expect, type Locator, type Page } from '@playwright/test';

/** The Today screen and the first-run welcome, as a person sees them. */
export class TodayPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly welcome: Locator;

  constructor(readonly page: Page) {
    this.navLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' });
    this.heading = page.getByRole('heading', { level: 1, name: 'Today' });
    this.welcome = page.getByRole('dialog', { name: 'Welcome to Waymark' });
  }

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
