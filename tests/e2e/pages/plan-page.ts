import { expect, type Locator } from '@playwright/test';
import { PageObject } from './page-object';

/** The Plan screen as a person sees it: by roles and labels. */
export class PlanPage extends PageObject {
  readonly sidebar = this.page.getByRole('complementary', { name: 'Aspirations' });
  readonly detail = this.page.getByRole('region', { name: 'Plan details' });
  readonly saveStatus = this.page
    .getByRole('status')
    .filter({ hasText: /^(Saved|Saving…|Editing…|Not saved|Couldn’t save)/ });
  readonly goals = this.page.getByRole('list', { name: 'Goals' });
  readonly goalProgress = this.page.getByRole('progressbar', { name: 'Goal progress' });
  readonly dueDate = this.page.getByLabel('Due date', { exact: true });
  readonly goalTitle = this.page.getByLabel('Goal title', { exact: true });

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('link', { name: 'Plan' }).click();
    await expect(this.page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async createFromTemplate(industry: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'Use a template' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start from a template' });
    await dialog.getByRole('radio', { name: new RegExp(`^${industry}`) }).check();
    await dialog.getByRole('button', { name: 'Create from template' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async newAspiration(title: string, horizon?: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New aspiration' }).click();
    await this.page.getByLabel('Title', { exact: true }).fill(title);
    if (horizon) await this.page.getByLabel('Horizon', { exact: true }).fill(horizon);
    await this.button('Create aspiration').click();
    await expect(this.page.getByLabel('Aspiration', { exact: true })).toHaveValue(title);
  }

  aspirationList(): Locator {
    return this.sidebar.getByRole('list');
  }

  async aspirationTitles(): Promise<string[]> {
    return this.sidebar.locator('.aspiration-row-title').allTextContents();
  }

  async goalTitles(): Promise<string[]> {
    return this.goals.locator('.goal-card-title').allTextContents();
  }

  goalLink(title: string | RegExp): Locator {
    return this.goals.getByRole('link', { name: title });
  }

  smart(letter: 'Specific' | 'Measurable' | 'Achievable' | 'Realistic' | 'Time-bound'): Locator {
    return this.page.getByRole('group', { name: letter, exact: true });
  }

  step(text: string): Locator {
    return this.page.getByRole('list', { name: 'Steps' }).getByRole('checkbox', { name: text });
  }

  historyDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^History of/ });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 10_000 });
  }
}
