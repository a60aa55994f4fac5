import { expect, test } from './fixtures';
import { flat, printPdf } from './pages/print-pdf';
import { PlanPage } from './pages/plan-page';
import type { Input } from '../../src-main/contract';
import { VALUES_QUESTION_KEYS } from '../../src-main/shared/values/questions';
import { callApi, seedAspirations } from './api';
import { PRIVATE_JOURNAL_TEXT, seedManyGoals, seedPlan } from './plan-seed';

test('the full plan prints the aspirations, goals and dates, and no journal text unless opted in', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const pdf = await printPdf(page, waymark, 'full-plan', {
    layout: 'full',
    aspirationIds: plan.aspirationIds,
    journalEntryIds: [plan.entryId],
  });
  const text = flat(pdf.text);
  expect(text).toContain('Career plan');
  expect(text).toContain('Sam Rivera');
  expect(text).toContain('Become an award-winning creative director');
  expect(text).toContain('Teach design to young people');
  expect(text).toContain('Promoted to associate art director');
  expect(text).toContain('Win 50 new-business pitches');
  expect(text).toContain('30 June 2027');
  expect(text).toContain('31 December 2029');
  expect(text).toContain('Pitches won: 12 of 50 pitches');
  expect(text).toContain('Timeline');
  expect(text).not.toContain(PRIVATE_JOURNAL_TEXT);
  expect(text).not.toContain('From my journal');
  expect(pdf.pages).toBe(pdf.drawnPages);
  expect(text).toContain(`Page 1 of ${pdf.pages}`);
  // A PDF reader names the document, not the app.
  expect(pdf.title).toBe('Career plan — Sam Rivera');
  // The first aspiration starts on page 1, under the title, instead of after a blank third.
  expect(flat(pdf.firstPage)).toContain('Become an award-winning creative director');
});

test('journal excerpts appear only when ticked, and only the picked entries', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const picked = await printPdf(page, waymark, 'full-plan-with-journal', {
    aspirationIds: plan.aspirationIds,
    includeJournal: true,
    journalEntryIds: [plan.entryId],
  });
  expect(flat(picked.text)).toContain('From my journal');
  expect(flat(picked.text)).toContain(PRIVATE_JOURNAL_TEXT);

  const notPicked = await printPdf(page, waymark, 'full-plan-journal-none-picked', {
    aspirationIds: plan.aspirationIds,
    includeJournal: true,
    journalEntryIds: [],
  });
  expect(flat(notPicked.text)).not.toContain(PRIVATE_JOURNAL_TEXT);
});

// 3 and 25 goals, as the issue asks; 60 is more than any page holds, so it must summarise.
for (const count of [3, 25, 60]) {
  test(`the one-page summary is exactly one page with ${count} goals`, async ({
    page,
    waymark,
  }) => {
    const aspirationId = await seedManyGoals(page.request, waymark, count);
    const pdf = await printPdf(page, waymark, `summary-${count}-goals`, {
      layout: 'summary',
      aspirationIds: [aspirationId],
    });
    expect(pdf.pages).toBe(1);
    expect(pdf.drawnPages).toBe(1);
    const text = flat(pdf.text);
    expect(text).toContain('Career summary');
    expect(text).toContain('Become a partner at a law firm');
    expect(text).toContain('Milestone 1: lead a matter in tax law');
    expect(text).toContain('Jan 2027');
    expect(text).toMatch(/Achieved/i);
    if (count === 3) {
      expect(text).not.toMatch(/and \d+ more/);
      expect(text).toContain('Milestone 3: lead a matter in property law');
    }
    if (count === 60) {
      // The nearest goals are kept; the rest are counted, never cut off.
      expect(text).toMatch(/and \d+ more goals, due up to \w+ 20\d\d/);
      expect(text).toMatch(/and \d+ more reached since \w+ 2026/);
      const shown = text.match(/Milestone \d+:/g)?.length ?? 0;
      const hiddenAhead = Number(/and (\d+) more goals/.exec(text)?.[1]);
      const hiddenReached = Number(/and (\d+) more reached/.exec(text)?.[1]);
      expect(shown + hiddenAhead + hiddenReached).toBe(60);
    }
  });
}

test('the cover-letter paragraph and the interview answer print text drafted from the plan', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const letter = flat(
    (
      await printPdf(page, waymark, 'cover-letter', {
        layout: 'cover-letter',
        aspirationIds: plan.aspirationIds,
      })
    ).text,
  );
  expect(letter).toContain('Cover-letter paragraph');
  expect(letter).toContain(
    'My long-term aim is to become an award-winning creative director by 2032.',
  );
  expect(letter).toContain('to be promoted to associate art director by June 2027');
  expect(letter).toContain('got there in March 2026 (1 campaign launched)');

  const answer = await printPdf(page, waymark, 'interview-answer', {
    layout: 'interview',
    aspirationIds: plan.aspirationIds,
    text: 'In five years I will lead a studio. My own words, kept as I wrote them.',
  });
  expect(answer.pages).toBeGreaterThanOrEqual(1);
  const spoken = flat(answer.text);
  expect(spoken).toContain('Interview answers');
  for (const question of [
    'Where do you see yourself in five years?',
    'Tell me about yourself.',
    'What are your career goals?',
    'Tell me about an achievement you are proud of.',
  ]) {
    expect(spoken).toContain(question);
  }
  expect(spoken).toMatch(/to say aloud/);
  expect(spoken).toContain('My own words, kept as I wrote them.');
  expect(spoken).not.toContain('My long-term aim');
});

test('a goal titled like HTML is printed as literal text, and nothing runs', async ({
  page,
  waymark,
}) => {
  const title = '<img src=x onerror=alert(1)>';
  const aspiration = await callApi(page.request, waymark, 'plan:createAspiration', {
    title: '<b>Bold</b> move',
  });
  await callApi(page.request, waymark, 'plan:createGoal', {
    aspirationId: aspiration.id,
    title,
    dueDate: '2028-05-31',
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const layout of ['full', 'summary'] as const) {
    const pdf = await printPdf(page, waymark, `literal-${layout}`, {
      layout,
      aspirationIds: [aspiration.id],
    });
    expect(flat(pdf.text)).toContain(title);
    expect(flat(pdf.text)).toContain('<b>Bold</b> move');
    await expect(page.locator('img')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test('rendering uses only the bundled fonts and makes no request off this machine', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const fonts: string[] = [];
  const everything: string[] = [];
  page.on('request', (request) => {
    everything.push(request.url());
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  for (const layout of ['full', 'summary', 'cover-letter', 'interview'] as const) {
    await printPdf(page, waymark, `network-${layout}`, {
      layout,
      aspirationIds: plan.aspirationIds,
    });
  }
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of everything) expect(new URL(url).origin).toBe(waymark.origin);
  const fontFaces = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
  );
  expect(fontFaces).toEqual(expect.arrayContaining(['Inter', 'Source Serif 4']));
});

test('a print address that describes no document says so, for the desktop to report', async ({
  page,
  waymark,
}) => {
  await page.goto(waymark.url);
  await expect(page.getByRole('link', { name: 'Journal', exact: true })).toBeVisible();
  await page.evaluate(
    () => (window.location.hash = `#/print/${encodeURIComponent('layout=poster')}`),
  );
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'error');
  await expect(page.locator('html')).toHaveAttribute('data-print-error', /not valid \(layout\)/);
  await expect(page.getByRole('alert')).toContainText('This print address is not valid');
});

test('the full plan prints the values scorecard only when Include values is ticked', async ({
  page,
  waymark,
}) => {
  const plan = await seedPlan(page.request, waymark);
  const answers = Object.fromEntries(
    VALUES_QUESTION_KEYS.map((key) => [
      key,
      key === 'passion'
        ? { answer: 'partly', note: 'Private doubt about passion' }
        : { answer: 'yes', note: '' },
    ]),
  ) as Input<'values:saveCheck'>['answers'];
  await callApi(page.request, waymark, 'values:saveCheck', {
    aspirationId: plan.aspirationIds[0] as string,
    answers,
    excitement: 4,
    fear: 2,
  });

  const without = await printPdf(page, waymark, 'full-plan-no-values', {
    aspirationIds: plan.aspirationIds,
  });
  expect(flat(without.text)).not.toContain('Values check');
  expect(flat(without.text)).not.toContain('Private doubt about passion');

  const withValues = await printPdf(page, waymark, 'full-plan-with-values', {
    aspirationIds: plan.aspirationIds,
    includeValues: true,
  });
  const text = flat(withValues.text);
  expect(text).toContain('Values check');
  expect(text).toMatch(/Fit \d+%/);
  expect(text).toContain('Passion: Partly');
  expect(text).toContain('Private doubt about passion');
  expect(text).toContain('Excitement 4 of 5');
});

test('the first aspiration starts on page 1 even when its first goal card does not fit there whole', async ({
  page,
  waymark,
}) => {
  // No statement: the aspiration's heading leads straight into a long goal card.
  const [aspiration] = await seedAspirations(page.request, waymark, [
    {
      title: 'Run a design studio of my own',
      horizonDate: '2031-12-31',
      goals: [
        {
          title: 'Build a client list of twelve studios',
          dueDate: '2029-06-30',
          steps: Array.from({ length: 34 }, (_, i) => ({
            text: `Meet studio number ${i + 1} and show the portfolio`,
          })),
        },
      ],
    },
  ]);
  const pdf = await printPdf(page, waymark, 'full-plan-long-first-goal', {
    layout: 'full',
    aspirationIds: [aspiration!.id],
  });
  const first = flat(pdf.firstPage);
  expect(first).toContain('Run a design studio of my own');
  expect(first).toContain('Build a client list of twelve studios');
  expect(first).toContain('Meet studio number 1 and show the portfolio');
  expect(flat(pdf.text)).toContain('Meet studio number 34 and show the portfolio');
});

test('the printed timeline names every goal in full, none cut off', async ({ page, waymark }) => {
  const plan = new PlanPage(page);
  await plan.open(waymark.url);
  await plan.createFromTemplate('Sales');
  const tree = await callApi(page.request, waymark, 'plan:tree', {});
  const goals = tree.aspirations.flatMap((aspiration) => aspiration.goals);
  expect(goals.length).toBeGreaterThan(3);
  const pdf = await printPdf(page, waymark, 'full-plan-timeline-names', {
    layout: 'full',
    aspirationIds: tree.aspirations.map((aspiration) => aspiration.id),
  });
  const text = flat(pdf.text);
  // The aspirations print the titles too: read only what follows the Timeline heading.
  const timeline = text.slice(text.lastIndexOf('Timeline'));
  expect(timeline.length).toBeGreaterThan(100);
  for (const goal of goals) expect(timeline).toContain(flat(goal.title));
});
