import { expect, test } from './fixtures';
import { PlanPage } from './pages/plan-page';

test('a plan from a template: edit a goal’s measures, tick a step, and find it all after reload', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Advertising');

  await expect(page.getByLabel('Aspiration', { exact: true })).toHaveValue(
    'Become an award-winning creative director',
  );
  expect(await plan.goalTitles()).toEqual([
    'Get promoted to associate art director',
    'Find a mentor among leading creatives',
    'Join an industry association and grow my network',
    'Win 50 pitches',
    'Win an international award',
  ]);
  await expect(plan.aspirationList()).toContainText('Become an award-winning creative director');

  await plan.goalLink('Win 50 pitches').click();
  await expect(page.getByRole('heading', { name: 'Win 50 pitches', level: 2 })).toBeVisible();
  await expect(plan.goalProgress).toHaveAttribute('aria-valuenow', '0');
  for (const letter of ['Specific', 'Measurable', 'Achievable', 'Realistic'] as const) {
    await expect(plan.smart(letter)).toBeVisible();
  }
  await expect(plan.dueDate).not.toHaveValue('');

  const measurable = plan.smart('Measurable');
  await measurable.getByLabel('Current value').fill('12');
  await expect(plan.goalProgress).toHaveAttribute('aria-valuenow', '24');
  await measurable.getByLabel('Target').fill('40');
  await expect(plan.goalProgress).toHaveAttribute('aria-valuenow', '30');
  await expect(plan.goalProgress).toHaveAttribute('aria-valuetext', /12 of 40 pitches/);
  await plan.expectSaved();

  const step = plan.step('Tell the new business team I want to join pitches');
  await step.check();
  await expect(page.getByText('1 of 1 done')).toBeVisible();

  await page.reload();
  await expect(plan.smart('Measurable').getByLabel('Current value')).toHaveValue('12');
  await expect(plan.smart('Measurable').getByLabel('Target')).toHaveValue('40');
  await expect(plan.goalProgress).toHaveAttribute('aria-valuenow', '30');
  await expect(plan.step('Tell the new business team I want to join pitches')).toBeChecked();

  await page.getByRole('link', { name: '← Become an award-winning creative director' }).click();
  await expect(
    plan.goals.getByRole('progressbar', { name: 'Progress of “Win 50 pitches”' }),
  ).toHaveAttribute('aria-valuenow', '30');
});

test('a goal’s old title comes back from its History', async ({ page, plan }) => {
  await plan.createFromTemplate('Sales');
  await plan.goalLink('Join a sales team as a sales assistant').click();

  await plan.goalTitle.fill('Join a sales team as an account coordinator');
  await plan.expectSaved();
  await expect(
    page.getByRole('heading', { name: 'Join a sales team as an account coordinator' }),
  ).toBeVisible();

  await plan.button('History').click();
  const history = plan.historyDialog();
  const versions = history.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Current');
  await expect(versions.first()).toContainText(
    'Title: “Join a sales team as a sales assistant” → “Join a sales team as an account coordinator”',
  );
  await expect(versions.nth(1)).toContainText('Created from the Sales template');
  await history.getByRole('button', { name: 'Restore version 1' }).click();

  await expect(history).toHaveCount(0);
  await expect(plan.goalTitle).toHaveValue('Join a sales team as a sales assistant');
  await expect(page.getByText('Restored version 1.')).toBeVisible();
  await page.reload();
  await expect(plan.goalTitle).toHaveValue('Join a sales team as a sales assistant');
  await plan.button('History').click();
  await expect(plan.historyDialog().getByRole('listitem').first()).toContainText(
    'Restored version 1',
  );
});

test('a goal without a due date is refused, with the reason beside the field', async ({
  page,
  plan,
}) => {
  await plan.newAspiration('Lead a design studio', '2031-06-30');

  await plan.button('Add goal').click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Goal title').fill('Run my first client project');
  await form.getByRole('button', { name: 'Create goal' }).click();
  const due = form.getByLabel('Due date', { exact: true });
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveAccessibleDescription(/A goal needs a due date/);
  await expect(page.getByText('No goals yet.')).toBeVisible();

  await due.fill('2027-03-31');
  await form.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { name: 'Run my first client project' })).toBeVisible();

  // Clearing the due date of a saved goal saves nothing, not even the other change made with it.
  await plan.goalTitle.fill('Run two client projects');
  await plan.dueDate.fill('');
  await expect(plan.saveStatus).toHaveText(/Not saved/);
  await expect(plan.dueDate).toHaveAccessibleDescription(
    'A goal needs a due date: choose the day you mean to reach it by.',
  );
  // Leaving the goal says the change was not saved; coming back shows the goal as it was.
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(
    page.getByText(/Your last changes to “Run my first client project” were not saved/),
  ).toBeVisible();
  await page.goBack();
  await page.reload();
  await expect(plan.dueDate).toHaveValue('2027-03-31');
  await expect(plan.goalTitle).toHaveValue('Run my first client project');
});

test('goals and aspirations are reordered with the keyboard and the mouse, and stay so', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Legal');
  const original = await plan.goalTitles();
  expect(original).toHaveLength(5);

  // Alt+Arrow Down on the first goal moves it one place down; focus stays with it.
  await plan.goalLink(original[0]!).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => plan.goalTitles())
    .toEqual([original[1], original[0], ...original.slice(2)]);
  await expect(plan.goalLink(original[0]!)).toBeFocused();
  await expect(page.getByText(`“${original[0]}” moved to position 2 of 5.`)).toBeAttached();

  // The named Move up button of the last goal.
  await plan.button(`Move “${original[4]}” up`).click();
  const expected = [original[1], original[0], original[2], original[4], original[3]];
  await expect.poll(() => plan.goalTitles()).toEqual(expected);

  // And the mouse: drag the last goal onto the top half of the first.
  await page
    .getByRole('article', { name: original[3] })
    .dragTo(page.getByRole('article', { name: original[1] }), { targetPosition: { x: 200, y: 5 } });
  const dragged = [original[3], original[1], original[0], original[2], original[4]];
  await expect.poll(() => plan.goalTitles()).toEqual(dragged);

  // Aspirations too.
  await plan.createFromTemplate('Finance');
  expect(await plan.aspirationTitles()).toEqual([
    'Assess civil cases in Litigation Management',
    'Become a Finance Director',
  ]);
  await plan.sidebar.getByRole('link', { name: /Become a Finance Director/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => plan.aspirationTitles())
    .toEqual(['Become a Finance Director', 'Assess civil cases in Litigation Management']);

  await page.reload();
  await expect
    .poll(() => plan.aspirationTitles())
    .toEqual(['Become a Finance Director', 'Assess civil cases in Litigation Management']);
  await plan.sidebar.getByRole('link', { name: /Assess civil cases/ }).click();
  await expect.poll(() => plan.goalTitles()).toEqual(dragged);
});

test('deleting an aspiration with goals asks first, and Undo brings it all back', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Marketing');
  await plan.button('Delete aspiration').click();
  const confirm = page.getByRole('dialog', {
    name: 'Delete “Become Vice President of Marketing”?',
  });
  await expect(confirm).toContainText('It has 5 goals');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(await plan.goalTitles()).toHaveLength(5);

  await plan.button('Delete aspiration').click();
  await page.getByRole('button', { name: 'Delete aspiration and goals' }).click();
  await expect(plan.aspirationList()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Aspiration', { exact: true })).toHaveValue(
    'Become Vice President of Marketing',
  );
  expect(await plan.goalTitles()).toHaveLength(5);
  await page.reload();
  await expect(plan.aspirationList()).toContainText('Become Vice President of Marketing');
});

test('a pivot retires the aspiration with a reflection and carries the chosen goals', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Advertising');
  await plan.button('Pivot').click();
  const dialog = page.getByRole('dialog', { name: /^Pivot from/ });
  await dialog.getByLabel('Why is your direction changing?').fill('I want to teach design');
  await dialog.getByLabel('New aspiration', { exact: true }).fill('Teach design at a university');
  await dialog.getByRole('checkbox', { name: /Win 50 pitches/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Win an international award/ }).uncheck();
  await dialog.getByRole('button', { name: 'Pivot' }).click();

  await expect(page.getByLabel('Aspiration', { exact: true })).toHaveValue(
    'Teach design at a university',
  );
  expect(await plan.goalTitles()).toEqual([
    'Get promoted to associate art director',
    'Find a mentor among leading creatives',
    'Join an industry association and grow my network',
  ]);

  await plan.sidebar.getByRole('button', { name: /^Retired/ }).click();
  await plan.sidebar
    .getByRole('link', { name: /Become an award-winning creative director/ })
    .click();
  await expect(page.getByText('Why it changed: “I want to teach design”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Teach design at a university' })).toBeVisible();
  expect(await plan.goalTitles()).toEqual(['Win 50 pitches', 'Win an international award']);
});

test('working backwards proposes dates from the horizon, adjusted before saving', async ({
  page,
  plan,
}) => {
  await plan.newAspiration('Open my own architecture practice', '2032-12-31');
  await plan.button('Work backwards').click();
  const dialog = page.getByRole('dialog', { name: /^Work backwards from/ });
  await dialog.getByLabel('Goal 1', { exact: true }).fill('Win a first independent commission');
  await dialog.getByLabel('Goal 2', { exact: true }).fill('Get licensed as an architect');
  await dialog.getByRole('button', { name: 'Propose dates' }).click();

  const nearest = dialog.getByLabel('Due date of “Win a first independent commission”');
  await expect(nearest).toHaveValue('2032-12-31');
  const earlier = dialog.getByLabel('Due date of “Get licensed as an architect”');
  await expect(earlier).not.toHaveValue('');
  await earlier.fill('2029-06-30');
  await dialog.getByRole('button', { name: 'Save 2 goals' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await plan.goalTitles()).toEqual([
    'Get licensed as an architect',
    'Win a first independent commission',
  ]);
  await expect(plan.goals).toContainText('Jun 30, 2029');
});

test('a step ticked and a field typed while the goal is still saving both stay', async ({
  page,
  plan,
}) => {
  await plan.createFromTemplate('Advertising');
  await plan.goalLink('Win 50 pitches').click();
  await expect(page.getByRole('heading', { name: 'Win 50 pitches', level: 2 })).toBeVisible();

  // Hold the answer to the goal's first save (the server has written it; the window waits), so the
  // tick and the typing below land while that save is still on its way.
  let holding = true;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/plan%3AupdateGoal', async (route) => {
    if (!holding) return route.continue();
    holding = false;
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  await plan.smart('Measurable').getByLabel('Current value').fill('12');
  await expect(plan.saveStatus).toHaveText('Saving…');

  const step = plan.step('Tell the new business team I want to join pitches');
  await step.check();
  await plan.smart('Measurable').getByLabel('Target').fill('40');
  await expect(step).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(plan.smart('Measurable').getByLabel('Target')).toHaveValue('40');

  release();
  await plan.expectSaved();
  await expect(page.getByText('1 of 1 done')).toBeVisible();

  await page.reload();
  await expect(plan.smart('Measurable').getByLabel('Current value')).toHaveValue('12');
  await expect(plan.smart('Measurable').getByLabel('Target')).toHaveValue('40');
  await expect(plan.step('Tell the new business team I want to join pitches')).toBeChecked();
});

test('a ticked step shows ticked at once, even when the computer is too busy to run timers on time', async ({
  page,
  waymark,
}) => {
  // Every zero-delay timer waits 60 ms, as on a loaded machine. The tick must not wait for one.
  await page.addInitScript(() => {
    const setTimeoutOnTime = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      setTimeoutOnTime(handler, ms ? ms : 60, ...rest)) as typeof window.setTimeout;
  });
  const plan = new PlanPage(page);
  await plan.open(waymark.url);
  await plan.createFromTemplate('Advertising');
  await plan.goalLink('Win 50 pitches').click();
  const step = plan.step('Tell the new business team I want to join pitches');
  // check() fails if the box is not ticked right after the click.
  await step.check();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await page.reload();
  await expect(plan.step('Tell the new business team I want to join pitches')).toBeChecked();
});

test('the aspiration header shows a long title whole, with its status and save state on the label line', async ({
  page,
  plan,
}) => {
  const long =
    'Lead the sales enablement team across Europe and build a coaching practice of my own';
  await plan.createFromTemplate('Sales');
  const title = page.getByRole('textbox', { name: 'Aspiration', exact: true });
  await title.fill(long);
  await title.press('End');
  await title.press('Enter');
  await plan.expectSaved();
  await expect(title).toHaveValue(long);

  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 600 });
    // Nothing of the title is hidden: the field is as tall and as wide as its words.
    const overflow = await title.evaluate((el) => ({
      down: el.scrollHeight - el.clientHeight,
      across: el.scrollWidth - el.clientWidth,
    }));
    expect(overflow).toEqual({ down: 0, across: 0 });

    const middle = async (box: { y: number; height: number } | null) =>
      box ? box.y + box.height / 2 : NaN;
    const label = await middle(
      await plan.detail.getByText('Aspiration', { exact: true }).boundingBox(),
    );
    const chip = await middle(await plan.detail.getByText('Active', { exact: true }).boundingBox());
    const saved = await middle(await plan.saveStatus.boundingBox());
    expect(Math.abs(chip - label)).toBeLessThan(6);
    expect(Math.abs(saved - label)).toBeLessThan(6);
  }
});
