import type { Page } from '@playwright/test';
import type { RendererContext } from './context';

/** Opens the app on the long entry and waits until the editor shows its text. */
export async function openLongEntry(ctx: RendererContext, page: Page): Promise<void> {
  await page.goto(ctx.url);
  await page.getByRole('textbox', { name: 'Entry', exact: true }).waitFor();
  await page.evaluate((id) => (location.hash = `#/journal/${id}`), ctx.longEntry.id);
  await page.waitForFunction(
    (title) =>
      document
        .querySelector('[role="textbox"][aria-label="Entry"]')
        ?.textContent?.startsWith(title) === true,
    ctx.longEntry.title,
    { timeout: 60_000 },
  );
}
