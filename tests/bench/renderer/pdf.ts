import { openJournal } from '../../../src-main/core/open-journal';
import { printOptions } from '../../unit/print-options';
import { createAspiration } from '../../../src-main/plan/aspirations';
import { createGoal, createStep } from '../../../src-main/plan/goals';
import { printHash } from '../../../src-main/contract/print-route';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { addDays } from '../seed/plan-seed';
import { summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';

export const PRINT_GOALS = 20;

/**
 * Adds the aspiration the PDF benchmark prints: 20 goals with SMART fields and three steps each,
 * spread over three years so the timeline has something to draw. Returns its id.
 */
export function addPrintPlan(dataDir: string, until: string): string {
  const journal = openJournal({ dataDir, host: 'web' });
  try {
    const { db } = journal;
    const now = new Date(`${until}T12:00:00Z`);
    return db.transaction(() => {
      const aspiration = createAspiration(
        db,
        { title: 'Lead the design practice of a studio', horizonDate: addDays(until, 4 * 365) },
        now,
      );
      for (let i = 0; i < PRINT_GOALS; i++) {
        const dueDate = addDays(until, -365 + i * 60);
        const goal = createGoal(
          db,
          {
            aspirationId: aspiration.id,
            title: `Milestone ${i + 1}: run a design review series`,
            specificWhat: 'Run a monthly design review open to the whole studio.',
            specificWhy: 'Leading reviews is how a practice lead is seen.',
            metricName: 'reviews held',
            metricUnit: 'reviews',
            metricTarget: 12,
            metricCurrent: i % 12,
            startDate: addDays(dueDate, -120),
            dueDate,
            status: dueDate < until ? 'done' : 'in_progress',
            completedOn: dueDate < until ? dueDate : null,
          },
          now,
        );
        for (let s = 0; s < 3; s++) {
          createStep(
            db,
            { goalId: goal.id, text: `Step ${s + 1} of milestone ${i + 1}`, done: s === 0 },
            now,
          );
        }
      }
      return aspiration.id;
    })();
  } finally {
    journal.session.close();
  }
}

/**
 * The full-plan PDF as the Export screen makes it: the print view opened by its address, laid out
 * (fonts, pagination), then Chromium's page.pdf(), as the desktop's printToPDF does. Timed from
 * setting the address until the PDF's bytes are back.
 */
export const pdfBenchmark: Benchmark<RendererContext> = {
  name: 'full-plan PDF',
  async run(ctx) {
    const { warmup, runs } = ctx.quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 7 };
    const options = printOptions({ name: 'Sam Rivera', aspirationIds: [ctx.printAspirationId] });
    const total: number[] = [];
    const printing: number[] = [];
    let pages = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const context = await ctx.browser.newContext({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        await page.goto(ctx.url);
        await page.getByRole('link', { name: 'Journal' }).waitFor({ timeout: 60_000 });
        const started = performance.now();
        await page.evaluate((hash) => (window.location.hash = hash), printHash(options));
        await page.waitForSelector('html[data-print-state="ready"]', { timeout: 60_000 });
        const laidOut = performance.now();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const done = performance.now();
        pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        if (i >= warmup) {
          total.push(done - started);
          printing.push(done - laidOut);
        }
      } finally {
        await context.close();
      }
    }
    return [
      measured(
        'export.pdf',
        `Export the full-plan PDF, ${PRINT_GOALS} goals with timeline`,
        'ms',
        summarise(total),
        { stat: 'median', max: 2000 },
        `${pages} pages; from opening the print view to the PDF's bytes`,
      ),
      measured('export.pdfPrint', '  …of which page.pdf() alone', 'ms', summarise(printing)),
    ];
  },
};
