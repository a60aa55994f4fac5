import { expect, test } from '../e2e/fixtures';
import { ExportPage } from '../e2e/pages/export-page';
import { seedPlan } from '../e2e/plan-seed';

/** The format choice on Export and About me in Settings, light and dark, for a person to look at. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`export formats and About me, ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    await seedPlan(page.request, waymark);
    await page.goto(waymark.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const about = page.getByRole('region', { name: 'About me' });
    await about.getByLabel('Name', { exact: true }).fill('Sam Rivera');
    await about.getByLabel('E-mail', { exact: true }).fill('sam@example.com');
    await about.getByLabel('Link 1', { exact: true }).fill('portfolio');
    await about.getByRole('button', { name: 'Save About me' }).click();
    await expect(about.getByText(/full web address/)).toBeVisible();
    await about.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/settings-about-me-${colorScheme}.png` });

    await about.getByLabel('Link 1', { exact: true }).fill('https://sam.example.com');
    await about.getByRole('button', { name: 'Save About me' }).click();
    await expect(about.getByRole('status')).toHaveText('Saved.');
    const exporter = new ExportPage(page);
    await exporter.goTo();
    await exporter.layout('One-page summary').check();
    await exporter.expectPreviewReady();
    const formats = page.getByRole('radiogroup', { name: 'Format' });
    await formats.getByRole('radio', { name: 'JSON Resume' }).check();
    await formats.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/export-formats-${colorScheme}.png` });
    await exporter.layout('Cover-letter paragraph').check();
    await page.getByLabel('Role (optional)').fill('Associate art director');
    await formats.getByRole('radio', { name: 'PDF' }).check();
    await exporter.expectPreviewReady();
    await page.getByLabel('Role (optional)').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/export-target-role-${colorScheme}.png` });
  });
}
