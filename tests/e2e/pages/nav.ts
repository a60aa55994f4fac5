import { expect, type Locator, type Page } from '@playwright/test';

/** The link to a screen in the main navigation, by its exact label. */
export function mainNavLink(page: Page, screen: string): Locator {
  return page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: screen, exact: true });
}

/** Goes to a screen by the main navigation, as a person does, and waits until it is current. */
export async function goToScreen(page: Page, screen: string): Promise<void> {
  const link = mainNavLink(page, screen);
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}
