import { expect, type Locator } from '@playwright/test';
import { PageObject } from './page-object';

export type Zoom = 'Months' | 'Quarters' | 'Years' | 'Fit plan';

/** The Timeline screen as a person sees it: by roles and labels. */
export class TimelinePage extends PageObject {
  readonly navLink = this.page.getByRole('link', { name: 'Timeline', exact: true });
  readonly chart = this.page.getByRole('group', { name: /^Goals on the timeline/ });
  readonly bars = this.chart.getByRole('button');
  readonly card = this.page.getByRole('tooltip');
  readonly error = this.page.getByRole('alert');
  readonly help = this.page.locator('#gt-help');

  /** Opens the app at the server's address (which carries the token), then the Timeline. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.navLink.click();
    await expect(this.page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  }

  zoom(name: Zoom): Locator {
    return this.page
      .getByRole('group', { name: 'Zoom' })
      .getByRole('button', { name, exact: true });
  }

  async setZoom(name: Zoom): Promise<void> {
    await this.zoom(name).click();
    await expect(this.zoom(name)).toHaveAttribute('aria-pressed', 'true');
  }

  status(label: 'Planned' | 'In progress' | 'Done' | 'Dropped'): Locator {
    return this.page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: label });
  }

  get aspirationFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Aspiration' });
  }

  bar(title: string): Locator {
    return this.chart.getByRole('button', {
      name: new RegExp(`^(Overdue: |Dropped: )?${escape(title)}:`),
    });
  }

  /** The accessible names of the bars, in document (reading) order. */
  async barNames(): Promise<string[]> {
    return this.bars.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('aria-label') ?? ''),
    );
  }

  async barTitles(): Promise<string[]> {
    // A name begins with the words on the bar: "Overdue: " or "Dropped: " before the title.
    return (await this.barNames()).map(
      (name) => name.replace(/^(Overdue|Dropped): /, '').split(':')[0] ?? '',
    );
  }

  /** Drags the middle of a bar (or one of its ends) sideways by `dx` pixels. */
  async drag(title: string, dx: number, part: 'move' | 'start' | 'end' = 'move'): Promise<void> {
    const body = this.bar(title).locator('.gt-body');
    await body.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    const box = await body.boundingBox();
    if (!box) throw new Error(`The bar of ${title} is not on screen.`);
    const x =
      part === 'start' ? box.x + 2 : part === 'end' ? box.x + box.width - 2 : box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 8; i++) await this.page.mouse.move(x + (dx * i) / 8, y);
    await this.page.mouse.up();
  }

  /** The toast that follows a reschedule, with its Undo button. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
