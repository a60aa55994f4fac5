import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Waymark promises (issue #21). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Finding {
  where: string;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

/**
 * Collects the WCAG violations of each screen and dialog a test visits, so one test can walk many
 * places and report every finding at once. No rule is disabled for the whole page: an exception,
 * where one is needed, excludes one element with its reason beside it.
 */
export class Audit {
  readonly findings: Finding[] = [];

  constructor(readonly page: Page) {}

  async check(where: string): Promise<void> {
    // Animations finished, so colours are measured as they settle (a fading dialog is not final).
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
    const result = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    for (const violation of result.violations) {
      this.findings.push({
        where,
        rule: violation.id,
        impact: violation.impact ?? '',
        targets: violation.nodes.map((node) => node.target.join(' ')),
        summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
      });
    }
  }
}
