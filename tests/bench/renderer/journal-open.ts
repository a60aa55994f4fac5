import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';
import { watchJournalUsable } from './probes';

/**
 * Navigates a fresh tab to the journal and times, from navigation start, until the list and the
 * newest entry are on screen; then measures the JS heap that tab holds (after a garbage collection).
 */
export const journalOpenBenchmark: Benchmark<RendererContext> = {
  name: 'journal screen after navigation',
  async run(ctx) {
    const repeat = ctx.quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 7 };
    const usable: number[] = [];
    const wholeList: number[] = [];
    const heap: number[] = [];
    for (let i = 0; i < repeat.warmup + repeat.runs; i++) {
      // A new context is a new renderer process: nothing is kept from the previous run.
      const context = await ctx.browser.newContext({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchJournalUsable, ctx.newest.title);
        await page.goto(ctx.url);
        await page.waitForFunction(
          () => typeof (window as { __waymarkUsableAt?: number }).__waymarkUsableAt === 'number',
          null,
          { timeout: 60_000 },
        );
        const usableAt = await page.evaluate(
          () => (window as { __waymarkUsableAt?: number }).__waymarkUsableAt as number,
        );
        // The list's first page and then every summary: two answers from journal:list.
        const listed = await page.waitForFunction(
          () => {
            const answers = performance
              .getEntriesByType('resource')
              .filter((entry) => entry.name.includes('/api/journal%3Alist'))
              .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
            return answers.length >= 2 && answers.every((end) => end > 0)
              ? Math.max(...answers)
              : false;
          },
          null,
          { timeout: 60_000 },
        );
        const wholeListAt = (await listed.jsonValue()) as number;
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
        if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize.');
        if (i >= repeat.warmup) {
          usable.push(usableAt);
          wholeList.push(wholeListAt);
          heap.push(used / 1024 / 1024);
        }
      } finally {
        await context.close();
      }
    }
    const entries = ctx.entryCount.toLocaleString('en');
    return [
      measured(
        'renderer.journalUsable',
        `Journal screen usable after navigation (${entries} entries)`,
        'ms',
        summarise(usable),
        { stat: 'median', max: 1500 },
      ),
      measured(
        'renderer.wholeList',
        `  …every entry's summary received (${entries})`,
        'ms',
        summarise(wholeList),
        null,
        'the list shows its newest rows first and asks for the rest once the open entry is shown',
      ),
      measured(
        'renderer.heap',
        `JS heap after opening the journal (${entries} entries)`,
        'MB',
        summarise(heap),
        { stat: 'median', max: 150 },
      ),
    ];
  },
};
