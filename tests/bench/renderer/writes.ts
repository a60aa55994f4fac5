import type { Page } from '@playwright/test';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';
import { openLongEntry } from './open-entry';
import { watchWrites } from './write-probe';

interface WriteMeasurement {
  startAt: number;
  settledAt?: number;
  requests: string[];
}

/** Waits for the write started after `previous` to settle; returns its time and its requests. */
async function nextWrite(
  page: Page,
  previous: number,
): Promise<{ ms: number; requests: string[] }> {
  const handle = await page.waitForFunction(
    (after) => {
      const last = (window as unknown as { __writes: { last: WriteMeasurement | null } }).__writes
        .last;
      return last && last.startAt > after && last.settledAt !== undefined ? last : false;
    },
    previous,
    { timeout: 60_000 },
  );
  const last = (await handle.jsonValue()) as Required<WriteMeasurement>;
  return { ms: last.settledAt - last.startAt, requests: last.requests };
}

const lastStart = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __writes: { last: WriteMeasurement | null } }).__writes.last
        ?.startAt ?? -1,
  );

function note(requests: string[]): string {
  return `requests per round trip: ${requests.join(', ')}`;
}

/**
 * Ticks and unticks a step of a goal in the seeded plan (500 goals) on the Plan screen: from
 * `plan:updateStep` leaving the client to the frame after the cache holds the answer.
 */
async function tickRoundTrips(ctx: RendererContext, runs: number) {
  const context = await ctx.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchWrites, 'plan:updateStep');
    await page.goto(ctx.url.replace('&open=journal', '&open=plan'));
    await page.locator('.aspiration-row-link').first().click();
    await page.getByRole('list', { name: 'Goals' }).locator('.goal-card-title').first().click();
    const box = page.getByRole('list', { name: 'Steps' }).getByRole('checkbox').first();
    await box.waitFor();
    const samples: number[] = [];
    let requests: string[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const before = await lastStart(page);
      const wasChecked = await box.isChecked();
      await box.click();
      const write = await nextWrite(page, before);
      if ((await box.isChecked()) === wasChecked) throw new Error('The step did not tick.');
      if (i > 0) samples.push(write.ms);
      requests = write.requests;
    }
    return { samples, requests };
  } finally {
    await context.close();
  }
}

/**
 * Types one letter into the long entry (20,000 words) and lets the autosave write it: from
 * `journal:update` leaving the client to the frame after the cache holds the answer.
 */
async function saveRoundTrips(ctx: RendererContext, runs: number) {
  const context = await ctx.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchWrites, 'journal:update');
    await openLongEntry(ctx, page);
    const editor = page.getByRole('textbox', { name: 'Entry', exact: true });
    await editor.click();
    await page.keyboard.press('Control+End');
    const samples: number[] = [];
    let requests: string[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const before = await lastStart(page);
      await page.keyboard.type(i % 2 === 0 ? 'x' : ' ');
      const write = await nextWrite(page, before);
      if (i > 0) samples.push(write.ms);
      requests = write.requests;
    }
    return { samples, requests };
  } finally {
    await context.close();
  }
}

export const writeRoundTripBenchmark: Benchmark<RendererContext> = {
  name: 'write round trips',
  async run(ctx) {
    const runs = ctx.quick ? 3 : 15;
    const tick = await tickRoundTrips(ctx, runs);
    const save = await saveRoundTrips(ctx, runs);
    return [
      measured(
        'renderer.tickStep',
        'Tick a step: client call to cache updated (500 goals)',
        'ms',
        summarise(tick.samples),
        null,
        note(tick.requests),
      ),
      measured(
        'renderer.saveEntry',
        `Save an entry: client call to cache updated (${ctx.longEntry.words.toLocaleString('en')} words)`,
        'ms',
        summarise(save.samples),
        null,
        note(save.requests),
      ),
    ];
  },
};
