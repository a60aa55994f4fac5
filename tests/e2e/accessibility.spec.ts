import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi } from './api';
import { seedPlan } from './plan-seed';
import { Audit } from './pages/axe';
import { ExportPage } from './pages/export-page';
import { ImportDialog } from './pages/import-dialog';
import { encryptJournal, lockHeading } from './pages/lock-page';
import { PlanPage } from './pages/plan-page';
import { SearchOverlay, TrashPage } from './pages/reflection';
import { QUESTIONS, ValuesPage } from './pages/values-page';
import { damageJournal, restartIntoRecovery } from './pages/recovery';
import { mainNavLink } from './pages/nav';

/**
 * Issue #21: an automated WCAG 2.2 AA audit (axe-core) of every screen and dialog, in light and in
 * dark, finds nothing. Each test walks a group of places and reports every finding at once.
 */

type Theme = 'light' | 'dark';

async function go(page: Page, name: string): Promise<void> {
  await mainNavLink(page, name).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Closes a dialog with Escape and waits until it is gone. */
async function escape(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

async function seedValues(page: Page, waymark: { origin: string; token: string }, id: string) {
  const answers = Object.fromEntries(
    Object.keys(QUESTIONS).map((key) => [key, { answer: key === 'passion' ? 'no' : 'yes' }]),
  ) as Parameters<typeof callApi<'values:saveCheck'>>[3]['answers'];
  for (const [checkedOn, excitement] of [
    ['2026-02-10', 4],
    ['2026-06-20', 2],
  ] as const) {
    await callApi(page.request, waymark, 'values:saveCheck', {
      aspirationId: id,
      checkedOn,
      answers,
      excitement,
      fear: 3,
    });
  }
}

for (const theme of ['light', 'dark'] as Theme[]) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test('every screen meets WCAG 2.2 AA', async ({ page, waymark }) => {
      test.setTimeout(180_000);
      const seeded = await seedPlan(page.request, waymark);
      await seedValues(page, waymark, seeded.aspirationIds[0]!);
      const gone = await callApi(page.request, waymark, 'journal:create', {
        entryDate: '2026-09-01',
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An old idea' }] }],
        },
      });
      await callApi(page.request, waymark, 'journal:trash', { id: gone.id });
      const todo = (text: string, checked: boolean) => ({
        type: 'taskItem',
        attrs: { checked },
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      });
      await callApi(page.request, waymark, 'journal:create', {
        entryDate: '2026-10-05',
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Portfolio week' }] },
            {
              type: 'taskList',
              content: [todo('Pick three projects', true), todo('Write the case studies', false)],
            },
          ],
        },
      });
      const audit = new Audit(page);

      await page.goto(waymark.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await audit.check('Today');

      await mainNavLink(page, 'Journal').click();
      await page
        .getByRole('complementary', { name: 'Entries' })
        .getByRole('link', { name: /Portfolio week/ })
        .click();
      await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toContainText(
        'Write the case studies',
      );
      await audit.check('Journal with an open entry');

      const plan = new PlanPage(page);
      await go(page, 'Plan');
      await plan.sidebar.getByRole('link', { name: /award-winning creative director/ }).click();
      await expect(plan.goals).toBeVisible();
      await audit.check('Plan, an aspiration');
      await plan.goalLink(/Promoted to associate art director/).click();
      await expect(plan.goalTitle).toHaveValue('Promoted to associate art director');
      await audit.check('Plan, a goal');

      await go(page, 'Timeline');
      await expect(page.getByText('Win 50 new-business pitches').first()).toBeVisible();
      await audit.check('Timeline');

      const values = new ValuesPage(page);
      await go(page, 'Values');
      await audit.check('Values');
      await values.startCheck('Teach design to young people');
      await audit.check('Values check form');
      await values.navLink.click();
      await values
        .card('Become an award-winning creative director')
        .getByRole('link', { name: /^History of/ })
        .click();
      await expect(values.checks).toHaveCount(2);
      await audit.check('Values history');

      const exporter = new ExportPage(page);
      await go(page, 'Export');
      await exporter.expectPreviewReady();
      for (const layout of [
        'Full plan',
        'One-page summary',
        'Cover-letter paragraph',
        'Interview answer',
      ]) {
        await exporter.layout(layout).check();
        await expect(exporter.preview.locator('.print-document[data-ready="true"]')).toBeVisible({
          timeout: 20_000,
        });
        await audit.check(`Export, ${layout}`);
      }

      await new TrashPage(page).open();
      await expect(page.getByText('An old idea').first()).toBeVisible();
      await audit.check('Trash');

      await go(page, 'Settings');
      await audit.check('Settings');

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(sheet).toBeVisible();
      await audit.check('Keyboard shortcuts');
      await escape(page, sheet);

      const search = new SearchOverlay(page);
      await search.open();
      await search.box.fill('pitch');
      await expect(search.results.getByRole('option').first()).toBeVisible();
      await audit.check('Search with results');
      await escape(page, search.dialog);

      expect(audit.findings).toEqual([]);
    });

    test('every plan and journal dialog meets WCAG 2.2 AA', async ({ page, waymark }) => {
      test.setTimeout(180_000);
      const audit = new Audit(page);
      const plan = new PlanPage(page);
      await plan.open(waymark.url);

      await plan.sidebar.getByRole('button', { name: 'Use a template' }).click();
      const templates = page.getByRole('dialog', { name: 'Start from a template' });
      await templates.getByRole('radio', { name: /^Advertising/ }).check();
      await audit.check('Templates dialog');
      await templates.getByRole('button', { name: 'Create from template' }).click();
      await expect(templates).toHaveCount(0);

      await plan.button('Work backwards').click();
      const backwards = page.getByRole('dialog', { name: /^Work backwards from/ });
      await backwards.getByLabel('Goal 1', { exact: true }).fill('Win a first commission');
      await backwards.getByRole('button', { name: 'Propose dates' }).click();
      await expect(backwards.getByLabel('Due date of “Win a first commission”')).not.toHaveValue(
        '',
      );
      await audit.check('Work backwards dialog');
      await escape(page, backwards);

      await plan.button('Pivot').click();
      const pivot = page.getByRole('dialog', { name: /^Pivot from/ });
      await expect(pivot).toBeVisible();
      await audit.check('Pivot dialog');
      await escape(page, pivot);

      await plan.button('Delete aspiration').click();
      const confirm = page.getByRole('dialog', { name: /^Delete “/ });
      await expect(confirm).toBeVisible();
      await audit.check('Delete confirmation');
      await confirm.getByRole('button', { name: 'Cancel' }).click();

      await plan.goalLink(/associate art director/).click();
      await plan.goalTitle.fill('Get promoted to senior art director');
      await plan.expectSaved();
      await plan.button('History').click();
      await expect(plan.historyDialog()).toBeVisible();
      await audit.check('Goal history dialog');
      await escape(page, plan.historyDialog());

      await mainNavLink(page, 'Journal').click();
      const importer = new ImportDialog(page);
      await importer.openFromHeader();
      await audit.check('Import dialog');
      await escape(page, importer.dialog);

      await go(page, 'Settings');
      await page.getByRole('button', { name: 'Encrypt journal…' }).click();
      const encrypt = page.getByRole('dialog', { name: 'Encrypt your journal' });
      await encrypt.getByLabel('Passphrase', { exact: true }).fill('maple syrup');
      await encrypt.getByLabel('Repeat passphrase').fill('maple syrop');
      await encrypt.getByRole('button', { name: 'Encrypt journal', exact: true }).click();
      await expect(encrypt.getByRole('alert')).toBeVisible();
      await audit.check('Encryption dialog with an error');
      await escape(page, encrypt);

      expect(audit.findings).toEqual([]);
    });

    test('the lock screen meets WCAG 2.2 AA', async ({ page, waymark }) => {
      const audit = new Audit(page);
      await page.goto(waymark.url);
      await encryptJournal(page, 'maple syrup on a tuesday');
      await page.getByRole('button', { name: 'Lock now' }).click();
      await expect(lockHeading(page)).toBeVisible();
      await audit.check('Lock screen');
      await page.getByLabel('Passphrase', { exact: true }).fill('not it');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await audit.check('Lock screen with an error');
      expect(audit.findings).toEqual([]);
    });

    test('the recovery screen meets WCAG 2.2 AA', async ({ page, waymark }) => {
      const audit = new Audit(page);
      await callApi(page.request, waymark, 'journal:create', { entryDate: '2026-09-01' });
      await callApi(page.request, waymark, 'backup:create', {});
      // The first page of the journal file overwritten, as a failing disk might.
      await restartIntoRecovery(page, waymark, () => damageJournal(waymark.dataDir));
      await audit.check('Recovery screen');
      await page.getByRole('button', { name: /^Restore the backup of/ }).click();
      await expect(
        page.getByRole('dialog', { name: 'Restore the newest good backup?' }),
      ).toBeVisible();
      await audit.check('Restore confirmation');
      expect(audit.findings).toEqual([]);
    });
  });

  test.describe(`${theme} theme, first run`, () => {
    test.use({ firstRun: true });

    test('the welcome meets WCAG 2.2 AA', async ({ page, waymark }) => {
      await page.emulateMedia({ colorScheme: theme });
      const audit = new Audit(page);
      await page.goto(waymark.url);
      const welcome = page.getByRole('dialog', { name: 'Welcome to Waymark' });
      await expect(welcome).toBeVisible();
      await audit.check('Welcome');
      await welcome.getByRole('button', { name: 'Next' }).click();
      await expect(welcome.getByRole('alert')).toBeVisible();
      await audit.check('Welcome with an error');
      expect(audit.findings).toEqual([]);
    });
  });
}
