import { expect, type Locator } from '@playwright/test';
import { skipWelcome } from './welcome';
import { mainNavLink } from './nav';
import { PageObject } from './page-object';

type Answer = 'Yes' | 'Partly' | 'No';

/** The eight questions as the form asks them (src-main/shared/values-questions.ts). */
export const QUESTIONS = {
  independence: 'Would reaching this aspiration leave you independent and on secure ground?',
  confidence: 'Does working towards it build your confidence and your sense of your own worth?',
  passion: 'Does it grow out of something you truly love doing?',
  honesty: 'Were you truthful with yourself when you set it?',
  realism: 'Is it within reach, given your time, your means and your other priorities?',
  goalsApart: 'Have you kept the concrete goals separate from the aspiration itself?',
  growth: 'Will you grow as a person along the way?',
  excitementFear: 'Does it excite you — and scare you a little, in a way that pulls you forward?',
} as const;

export type QuestionKey = keyof typeof QUESTIONS;

/** The Values screen as a person sees it: by roles and labels. */
export class ValuesPage extends PageObject {
  readonly navLink = mainNavLink(this.page, 'Values');
  readonly saveButton = this.page.getByRole('button', { name: 'Save check' });
  readonly draftStatus = this.page.getByRole('status').filter({ hasText: /draft|Editing/i });
  readonly checkList = this.page.getByRole('list', { name: 'Every check' });
  /** The saved checks in the history, newest first. */
  readonly checks = this.checkList.getByRole('article');

  async open(url: string): Promise<void> {
    await skipWelcome(this.page, url);
    await this.page.goto(url);
    await this.navLink.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Values' })).toBeVisible();
  }

  /** The scorecard of one aspiration. */
  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async startCheck(title: string): Promise<void> {
    await this.card(title).getByRole('button', { name: 'Check values' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Check values' })).toBeVisible();
  }

  question(key: QuestionKey): Locator {
    return this.page.getByRole('radiogroup', { name: QUESTIONS[key], exact: true });
  }

  async answer(key: QuestionKey, answer: Answer): Promise<void> {
    await this.question(key).getByRole('radio', { name: answer, exact: true }).check();
  }

  /** Answers every question `fallback`, except those given. */
  async answerAll(fallback: Answer, except: Partial<Record<QuestionKey, Answer>> = {}) {
    for (const key of Object.keys(QUESTIONS) as QuestionKey[]) {
      await this.answer(key, except[key] ?? fallback);
    }
  }

  note(label: string): Locator {
    return this.page.getByRole('textbox', { name: `Note on ${label} (optional)` });
  }

  async rate(scale: 'excitement' | 'fear', value: number): Promise<void> {
    const name =
      scale === 'excitement' ? 'How much does it excite you?' : 'How much does it scare you?';
    await this.page
      .getByRole('radiogroup', { name, exact: true })
      .getByRole('radio', { name: String(value) })
      .check();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Every check' })).toBeVisible();
  }

  async expectDraftSaved(): Promise<void> {
    await expect(this.draftStatus).toHaveText(/Draft saved/, { timeout: 10_000 });
  }
}
