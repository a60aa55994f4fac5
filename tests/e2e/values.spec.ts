import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';
import type { Input } from '../../src-main/contract';
import { callApi } from './api';
import { QUESTIONS, ValuesPage } from './pages/values-page';

type Answers = Input<'values:saveCheck'>['answers'];

const TITLE = 'Become a creative director';

test('check an aspiration twice, see what moved, reflect on it, and find it all after a reload', async ({
  page,
  waymark,
}) => {
  await callApi(page.request, waymark, 'plan:createAspiration', { title: TITLE });
  const values = new ValuesPage(page);
  await values.open(waymark.url);
  await expect(values.card(TITLE)).toContainText('Not checked yet');

  // The first check: a clear yes almost everywhere.
  await values.startCheck(TITLE);
  await values.answerAll('Yes');
  await values.rate('excitement', 5);
  await values.rate('fear', 2);
  await values.save();
  await expect(values.checks).toHaveCount(1);

  // The second check: passion has gone, realism is in doubt.
  await page.getByRole('button', { name: 'Check values' }).click();
  await values.answerAll('Yes', { passion: 'No', realism: 'Partly' });
  await values.note('Passion').fill('I miss drawing.');
  await values.rate('excitement', 2);
  await values.rate('fear', 4);
  await values.save();

  // The history lists both, newest first, and the charts have a point per check.
  const items = values.checks;
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Check 2');
  await expect(items.nth(1)).toContainText('Check 1');
  await expect(
    page.getByRole('img', { name: /^Passion, 2 checks, oldest first: Yes, No\.$/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Excitement: 5, 2\. Fear: 2, 4\./ })).toBeVisible();

  // The scorecard shows the change, the worse answers in words.
  await values.navLink.click();
  const card = values.card(TITLE);
  await expect(card).toContainText('Fit 81%');
  await expect(card).toContainText('−19 points');
  await expect(card).toContainText('0 better, 2 worse, 6 the same');
  const worse = card.getByRole('note', { name: 'Worse since the check before' });
  await expect(worse).toContainText('Passion went from Yes to No.');
  await expect(worse).toContainText('Realism went from Yes to Partly.');
  await expect(card.getByRole('row', { name: /Passion/ })).toContainText('No');
  await expect(card.getByRole('row', { name: /Passion/ })).toContainText('worse');
  await expect(card).toContainText('It scares you much more than it excites you');

  // Reflect on this: a journal entry with the weak questions as prompts.
  await card.getByRole('button', { name: 'Reflect on this' }).click();
  await expect(page).toHaveURL(/#\/journal\/[0-9a-f-]{36}$/);
  const journal = new JournalPage(page);
  await expect(journal.editor).toContainText(`Values check: ${TITLE}`);
  await expect(journal.editor).toContainText(QUESTIONS.passion);
  await expect(journal.editor).toContainText(QUESTIONS.realism);
  await expect(journal.editor).toContainText('I miss drawing.');
  await expect(journal.editor).not.toContainText(QUESTIONS.growth);
  await expect(journal.entryLink(`Values check: ${TITLE}`)).toBeVisible();

  // Reload the page, then restart the app: everything is still there.
  await page.reload();
  await expect(journal.editor).toContainText(QUESTIONS.passion);
  await waymark.restart();
  await values.open(waymark.url);
  await expect(values.card(TITLE)).toContainText('Passion went from Yes to No.');
  await expect(values.card(TITLE)).toContainText('2 checks');
  await values
    .card(TITLE)
    .getByRole('link', { name: `History of ${TITLE}` })
    .click();
  await expect(values.checks).toHaveCount(2);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(journal.entryLink(`Values check: ${TITLE}`)).toBeVisible();
});

test('an unfinished check is kept as a draft across a restart, and cannot be saved half done', async ({
  page,
  waymark,
}) => {
  const aspiration = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: TITLE,
  });
  const values = new ValuesPage(page);
  await values.open(waymark.url);
  await values.startCheck(TITLE);
  await values.answer('honesty', 'Partly');
  await values.note('Honesty with yourself').fill('Some of it is my manager’s plan.');
  await values.rate('fear', 4);
  await values.expectDraftSaved();

  await waymark.restart();
  await values.open(waymark.url);
  await expect(values.card(TITLE)).toContainText(
    'A check is waiting to be finished (1 of 8 answered)',
  );
  // The Plan screen links straight to the form.
  await page.goto(`${waymark.origin}/#/values/${aspiration.id}/check`);
  await expect(values.question('honesty').getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(values.note('Honesty with yourself')).toHaveValue(
    'Some of it is my manager’s plan.',
  );
  await expect(
    page
      .getByRole('radiogroup', { name: 'How much does it scare you?' })
      .getByRole('radio', { name: '4' }),
  ).toBeChecked();

  // Keyboard: arrow keys move between the answers of one question.
  await values.question('passion').getByRole('radio', { name: 'Yes' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(values.question('passion').getByRole('radio', { name: 'Partly' })).toBeChecked();

  await values.saveButton.click();
  const alert = page.getByRole('alert').filter({ hasText: 'Before saving' });
  await expect(alert).toContainText('Answer “Independence and security”.');
  await expect(alert).toContainText('Rate your excitement from 1 to 5.');
  await expect(alert).not.toContainText('Passion');
  await expect(values.question('independence').getByRole('radio', { name: 'Yes' })).toBeFocused();
  await expect(values.question('independence')).toHaveAttribute('aria-invalid', 'true');
});

test('a check can be deleted and brought back with Undo', async ({ page, waymark }) => {
  const aspiration = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: TITLE,
  });
  const answers = Object.fromEntries(
    Object.keys(QUESTIONS).map((key) => [key, { answer: 'yes', note: '' }]),
  ) as Answers;
  await callApi(page.request, waymark, 'values:saveCheck', {
    aspirationId: aspiration.id,
    answers,
    excitement: 4,
    fear: 2,
  });
  const values = new ValuesPage(page);
  await values.open(waymark.url);
  await values
    .card(TITLE)
    .getByRole('link', { name: `History of ${TITLE}` })
    .click();
  await expect(values.checks).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete check' }).click();
  await expect(page.getByText('No checks yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(values.checks).toHaveCount(1);
});

test('nudges an aspiration not checked for the chosen number of days, and keeps retired checks readable', async ({
  page,
  waymark,
}) => {
  const answers = Object.fromEntries(
    Object.keys(QUESTIONS).map((key) => [key, { answer: 'partly', note: '' }]),
  ) as Answers;
  const stale = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: 'Lead a design team',
  });
  await callApi(page.request, waymark, 'values:saveCheck', {
    aspirationId: stale.id,
    checkedOn: '2025-01-01',
    answers,
    excitement: 3,
    fear: 3,
  });
  const retired = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: 'Run my own agency',
  });
  await callApi(page.request, waymark, 'values:saveCheck', {
    aspirationId: retired.id,
    answers,
    excitement: 2,
    fear: 5,
  });
  await callApi(page.request, waymark, 'plan:retireAspiration', {
    id: retired.id,
    reason: 'I would rather teach than sell.',
  });

  const values = new ValuesPage(page);
  await values.open(waymark.url);
  const nudges = page.getByRole('region', { name: 'Due for a check' });
  await expect(nudges).toContainText('since you last checked “Lead a design team”');
  await expect(nudges).toContainText('(1 January 2025)');
  await expect(nudges).not.toContainText('Run my own agency');

  const retiredSection = page.getByRole('region', { name: 'Retired aspirations' });
  const retiredCard = retiredSection.getByRole('region', { name: 'Run my own agency' });
  await expect(retiredCard).toContainText('Fit 50%');
  await expect(retiredCard.getByRole('button', { name: 'Check values' })).toHaveCount(0);
  await retiredCard.getByRole('link', { name: 'History of Run my own agency' }).click();
  await expect(page.getByText('“I would rather teach than sell.”')).toBeVisible();
  await expect(values.checks).toHaveCount(1);

  // A longer interval than the gap silences the nudge.
  await values.navLink.click();
  await page
    .getByRole('spinbutton', { name: /Remind me when an aspiration has gone/ })
    .fill('3650');
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await expect(nudges).toHaveCount(0);
});

/** Pictures of the Values screen, light and dark, for a person to look at (test-results/screens/). */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`values screens render in the ${colorScheme} theme`, async ({ page, waymark }) => {
    await page.emulateMedia({ colorScheme });
    // Tall enough to show whole scorecards and histories (the screen scrolls inside the window).
    await page.setViewportSize({ width: 1280, height: 1700 });
    const answers = (overrides: Record<string, string>) =>
      Object.fromEntries(
        Object.keys(QUESTIONS).map((key) => [
          key,
          { answer: overrides[key] ?? 'yes', note: key === 'passion' ? 'I miss drawing.' : '' },
        ]),
      ) as Answers;
    const main = await callApi(page.request, waymark, 'plan:createAspiration', {
      title: TITLE,
    });
    const save = (
      checkedOn: string,
      overrides: Record<string, string>,
      excitement: number,
      fear: number,
    ) =>
      callApi(page.request, waymark, 'values:saveCheck', {
        aspirationId: main.id,
        checkedOn,
        answers: answers(overrides),
        excitement,
        fear,
      });
    await save('2025-09-01', { realism: 'no', goalsApart: 'partly' }, 5, 3);
    await save('2026-02-10', { realism: 'partly' }, 4, 3);
    await save('2026-06-20', { passion: 'no', honesty: 'partly', realism: 'partly' }, 2, 4);
    const other = await callApi(page.request, waymark, 'plan:createAspiration', {
      title: 'Teach illustration',
    });
    await callApi(page.request, waymark, 'values:saveDraft', {
      aspirationId: other.id,
      answers: { passion: { answer: 'yes' }, growth: { answer: 'yes' } },
    });

    const values = new ValuesPage(page);
    await values.open(waymark.url);
    await expect(values.card(TITLE)).toContainText('Passion went from Yes to No.');
    await page.screenshot({
      path: `test-results/screens/values-${colorScheme}.png`,
      fullPage: true,
    });

    await values
      .card(TITLE)
      .getByRole('link', { name: `History of ${TITLE}` })
      .click();
    await page.getByText('Show the history as a table').click();
    await expect(values.checks).toHaveCount(3);
    await page.screenshot({
      path: `test-results/screens/values-history-${colorScheme}.png`,
      fullPage: true,
    });

    await values.navLink.click();
    await page.setViewportSize({ width: 1280, height: 900 });
    await values.startCheck('Teach illustration');
    await values.answer('honesty', 'Partly');
    await values.rate('excitement', 4);
    await values.saveButton.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Before saving' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/values-check-${colorScheme}.png` });
    await values.answer('excitementFear', 'Partly');
    await values.note('Excitement and fear').fill('Standing in front of a class still scares me.');
    await values.question('excitementFear').scrollIntoViewIfNeeded();
    await values.expectDraftSaved();
    await page.screenshot({ path: `test-results/screens/values-check-ratings-${colorScheme}.png` });

    // The prefilled reflection, as the journal shows it.
    await values.navLink.click();
    await values.card(TITLE).getByRole('button', { name: 'Reflect on this' }).click();
    await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toContainText(
      QUESTIONS.passion,
    );
    await page.screenshot({ path: `test-results/screens/values-reflection-${colorScheme}.png` });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(247, 245, 240)');
  });
}
