import { callApi } from './api';
import { expect, test } from './fixtures';
import { AchievementsPage, MarkAchievementDialog } from './pages/achievements-page';
import { ExportPage } from './pages/export-page';
import { JournalPage } from './pages/journal-page';
import { flat, printPdf } from './pages/print-pdf';
import { seedPlan } from './plan-seed';

const PITCHES = 'Win 50 new-business pitches';
const DIRECTOR = 'Become an award-winning creative director';
const PASSAGE = 'The new call script booked a third more demos this quarter.';
const RESULT = 'Booked more demos with a new call script';

test('a passage marked as an achievement shows on Achievements and in the review pack', async ({
  page,
  waymark,
}) => {
  await seedPlan(page.request, waymark);
  const journal = await JournalPage.startEntry(page, waymark.url);
  await page.keyboard.type('Quarter review');
  await page.keyboard.press('Enter');
  await journal.write(PASSAGE);
  // The passage: the line just typed.
  await page.keyboard.press('Shift+Home');

  await page.keyboard.press('ControlOrMeta+Shift+A');
  const mark = new MarkAchievementDialog(page);
  await expect(mark.dialog).toBeVisible();
  await expect(mark.dialog).toContainText(`From the selected passage: ${PASSAGE}`);
  await expect(mark.dialog.getByLabel('Result')).toBeFocused();
  // Nothing typed yet: refused in words, nothing saved.
  await mark.dialog.getByRole('button', { name: 'Save achievement' }).click();
  await expect(mark.dialog.getByText('Say in one line what the result was.')).toBeVisible();
  await mark.fill({ result: RESULT, number: '32', unit: '%', serves: PITCHES });
  await expect(mark.dialog).toContainText(`${RESULT} by 32%.`);
  await expect(mark.dialog.getByLabel('Date it happened')).toHaveValue(
    await journal.entryDate.inputValue(),
  );
  await mark.save();
  await expect(journal.editor).toBeFocused();

  const achievements = new AchievementsPage(page);
  await achievements.open();
  const item = achievements.item(RESULT);
  await expect(item).toBeVisible();
  await expect(item).toContainText('32%');
  await expect(item).toContainText(`Serves ${DIRECTOR}`);
  const line = item.getByLabel(/^Résumé line/);
  await expect(line).toHaveValue(`${RESULT} by 32%.`);
  await expect(item.getByRole('list', { name: 'Coaching' })).toContainText('Has a number');

  // The person's own wording is kept, and coached.
  await line.fill('Helped with demos');
  await expect(item.getByRole('list', { name: 'Coaching' })).toContainText(
    '“Helped” describes a duty',
  );
  await line.fill('Booked 32% more demos in one quarter with a new call script');
  await item.getByRole('button', { name: 'Save line' }).click();
  await expect(item.getByLabel('Résumé line (your wording)')).toHaveValue(
    'Booked 32% more demos in one quarter with a new call script',
  );

  // Opens its entry.
  await item.getByRole('link', { name: 'Open entry “Quarter review”' }).click();
  await expect(page).toHaveURL(/#\/journal\/[0-9a-f-]{36}$/);
  await expect(journal.editor).toContainText(PASSAGE);

  // The review pack: the person's line, private by default, the passage only when ticked.
  const exporting = new ExportPage(page);
  await exporting.navLink.click();
  await exporting.layout('Review pack').check();
  await exporting.expectPreviewReady();
  await expect(exporting.preview.getByRole('heading', { name: 'Review pack' })).toBeVisible();
  await expect(exporting.preview).toContainText(
    'Booked 32% more demos in one quarter with a new call script',
  );
  await expect(exporting.preview).toContainText(`Goals moved: ${PITCHES}`);
  await expect(exporting.preview).not.toContainText(PASSAGE);
  await exporting.checkbox('Include journal passages').check();
  await expect(exporting.preview).toContainText(PASSAGE);
});

test('a goal marked done becomes an achievement once, and goes when reopened', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const goalId = plan.goalIds[1] as string;
  await callApi(page.request, waymark, 'plan:updateGoal', { id: goalId, status: 'done' });
  await callApi(page.request, waymark, 'plan:updateGoal', { id: goalId, status: 'done' });
  await new JournalPage(page).open(waymark.url);
  const achievements = new AchievementsPage(page);
  await achievements.open();
  await expect(achievements.item(PITCHES)).toHaveCount(1);
  await expect(
    achievements.item(PITCHES).getByRole('link', { name: `Open the goal done “${PITCHES}”` }),
  ).toBeVisible();
  await callApi(page.request, waymark, 'plan:updateGoal', { id: goalId, status: 'in_progress' });
  await page.reload();
  // The seeded plan's goal that was already done keeps its own.
  await expect(achievements.item('Lead the agency’s first in-house campaign')).toBeVisible();
  await expect(achievements.item(PITCHES)).toHaveCount(0);
});

test('Mark as achievement with nothing selected takes the whole entry; Escape returns to the text', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await journal.write('Signed the first client of the new studio.');
  await journal.tool('Mark as achievement').click();
  const mark = new MarkAchievementDialog(page);
  await expect(mark.dialog).toContainText('From the whole entry');
  await page.keyboard.press('Escape');
  await expect(mark.dialog).toBeHidden();
  await expect(journal.editor).toBeFocused();
  // Typing goes on where it was: nothing was saved, nothing lost.
  await page.keyboard.type(' Then a second.');
  await expect(journal.editor).toContainText('new studio. Then a second.');

  await journal.tool('Mark as achievement').click();
  await mark.fill({ result: 'Signed the first client of the new studio' });
  await mark.save();
  const achievements = new AchievementsPage(page);
  await achievements.open();
  await expect(achievements.item('Signed the first client of the new studio')).toBeVisible();
  await expect(
    achievements.item('Signed the first client of the new studio').getByLabel(/^Résumé line/),
  ).toHaveValue('Signed the first client of the new studio.');
});

test('the review pack prints to PDF with the period, the groups and no journal text', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  await callApi(page.request, waymark, 'achievements:create', {
    entryId: plan.entryId,
    passage: 'A private line about the pitch',
    result: 'Win the regional retail pitch',
    metricValue: 1.2,
    metricUnit: 'million in fees',
    happenedOn: '2026-02-12',
    goalId: plan.goalIds[1],
  });
  const printed = await printPdf(page, waymark, 'review-pack', {
    layout: 'review-pack',
    aspirationIds: plan.aspirationIds,
    reviewFrom: '2026-01-01',
    reviewTo: '2026-12-31',
  });
  const text = flat(printed.text);
  expect(printed.pages).toBe(printed.drawnPages);
  expect(text).toContain('Review pack');
  expect(text).toContain('Achievements from 1 January 2026 to 31 December 2026');
  expect(text).toContain('Won the regional retail pitch — 1.2 million in fees.');
  expect(text).toContain(`${PITCHES} (24%)`);
  // A goal's own achievement does not say it served itself.
  expect(text).not.toContain('Towards: Lead the agency’s first in-house campaign');
  expect(text).toContain(`Towards: ${PITCHES}`);
  expect(text).not.toContain('A private line about the pitch');
});
