import { expect, test } from './fixtures';
import { callApi } from './api';
import { JournalPage } from './pages/journal-page';
import { PlanPage } from './pages/plan-page';
import { ValuesPage } from './pages/values-page';
import { mainNavLink } from './pages/nav';

/** Issue #21: the frictions a new user met in the first hour, each gone. */

test('pressing New entry again does not leave empty entries behind', async ({ page, waymark }) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await journal.newEntryButton.click();
  await expect(journal.editor).toBeFocused();
  await page.reload();
  await journal.newEntryButton.click();
  await expect(journal.editor).toBeFocused();
  expect(await callApi(page.request, waymark, 'journal:list', {})).toHaveLength(1);
  // Once it has text, the next press makes a new one.
  await page.keyboard.type('First thoughts');
  await journal.expectSaved();
  await journal.newEntryButton.click();
  await expect(journal.editor).toHaveText('');
  await expect
    .poll(async () => (await callApi(page.request, waymark, 'journal:list', {})).length)
    .toBe(2);
});

test('Export with no plan says how to start one, and offers nothing to save', async ({
  page,
  waymark,
}) => {
  await page.goto(waymark.url);
  await mainNavLink(page, 'Export').click();
  await expect(page.getByText('There is nothing to export yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled();
  await page.getByRole('link', { name: 'Plan screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
});

test('the values form counts the two ratings it needs, as Save check does', async ({
  page,
  waymark,
}) => {
  await callApi(page.request, waymark, 'plan:createAspiration', { title: 'Teach design' });
  const values = new ValuesPage(page);
  await values.open(waymark.url);
  await values.startCheck('Teach design');
  await values.answerAll('Yes');
  await expect(page.getByText('8 of 10 done')).toBeVisible();
  await values.rate('excitement', 4);
  await values.rate('fear', 2);
  await expect(page.getByText('10 of 10 done')).toBeVisible();
});

test('a goal just added opens on its SMART form, and toasts leave with their screen', async ({
  page,
  waymark,
}) => {
  const plan = new PlanPage(page);
  await plan.open(waymark.url);
  await plan.newAspiration('Open a studio', '2031-12-31');
  await plan.button('Add goal').click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Goal title', { exact: true }).fill('Find a first client');
  await form.getByLabel('Due date', { exact: true }).fill('2027-06-30');
  await form.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByLabel('What exactly?')).toBeFocused();
  await expect(page.getByLabel('What exactly?')).toBeInViewport();

  await plan.button('Delete goal').click();
  const toast = page.getByText('Goal “Find a first client” deleted.');
  await expect(toast).toBeVisible();
  await mainNavLink(page, 'Journal').click();
  await expect(toast).toHaveCount(0);
});
