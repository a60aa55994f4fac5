import type { Page } from '@playwright/test';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { percentile, summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';
import { startFrameWatch, watchTimelinePainted } from './probes';

interface TimelineMeasurement {
  clickAt: number;
  paintedAt?: number;
  planRequests?: number;
  drawn?: number;
  shown?: string;
}

/** Wheel steps of one scroll session (150 px each): down the chart, right along it, and back. */
function wheels(quick: boolean): [number, number][] {
  const [down, across] = quick ? [10, 6] : [30, 20];
  const steps = (count: number, step: [number, number]) =>
    Array.from({ length: count }, (): [number, number] => step);
  return [
    ...steps(down, [0, 150]),
    ...steps(across, [150, 0]),
    ...steps(down, [0, -150]),
    ...steps(across, [-150, 0]),
  ];
}

/** Clicks the Timeline link and waits for the frame that paints its bars; returns what was seen. */
async function openTimeline(page: Page): Promise<Required<TimelineMeasurement>> {
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const handle = await page.waitForFunction(
    () => {
      const last = (window as unknown as { __timeline: { last: TimelineMeasurement | null } })
        .__timeline.last;
      return last?.paintedAt !== undefined ? last : false;
    },
    null,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as Required<TimelineMeasurement>;
}

const START = 'waymark-scroll-start';
const END = 'waymark-scroll-end';

/**
 * The durations (ms) of the page's main-thread tasks between the START and END marks the page put
 * in a Chromium trace (with console.timeStamp): the marks also name the thread.
 */
function tasksBetweenMarks(trace: Buffer): number[] {
  interface TraceEvent {
    name: string;
    ph: string;
    pid: number;
    tid: number;
    ts: number;
    dur?: number;
    args?: { data?: { message?: string } };
  }
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] }).traceEvents;
  const mark = (message: string) =>
    events?.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark(START);
  const end = mark(END);
  if (!events || !start || !end) throw new Error('The trace holds no marks around the scrolling.');
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts > start.ts &&
        e.ts + (e.dur ?? 0) < end.ts,
    )
    .map((e) => (e.dur ?? 0) / 1000);
}

/**
 * Scrolls the chart with the mouse wheel, a step per frame (down, right, up, left), with the
 * pointer over the bars as a person's would be; traces the renderer meanwhile. Returns the longest
 * main-thread task and the frame intervals.
 */
async function scrollSession(
  ctx: RendererContext,
  page: Page,
): Promise<{ longest: number; frames: number[]; moved: number }> {
  const scroller = page.locator('.gt-scroll');
  const box = await scroller.boundingBox();
  if (!box) throw new Error('The timeline has no scrolling area.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await scroller.evaluate((el) => el.scrollTop);
  await ctx.browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.evaluate(startFrameWatch);
  await page.evaluate((mark) => console.timeStamp(mark), START);
  let moved = 0;
  for (const [dx, dy] of wheels(ctx.quick)) {
    await page.mouse.wheel(dx, dy);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    if (dy > 0) moved = Math.max(moved, (await scroller.evaluate((el) => el.scrollTop)) - before);
  }
  // Let the last smooth-scroll animation finish inside the traced time.
  await page.evaluate(
    () =>
      new Promise((done) => {
        let n = 0;
        const next = () => (++n === 20 ? done(null) : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
  await page.evaluate((mark) => console.timeStamp(mark), END);
  const frames = await page.evaluate(() =>
    (window as unknown as { __frames: { stop(): number[] } }).__frames.stop(),
  );
  const tasks = tasksBetweenMarks(await ctx.browser.stopTracing());
  return { longest: Math.max(0, ...tasks), frames, moved };
}

/**
 * The Timeline of the seeded plan (500 goals and more), in Chromium against the browser edition:
 * - rendered: from the click on the Timeline link to the frame that paints its bars, coming from a
 *   screen that has not loaded the plan (Trash), so it includes asking for the plan, the answer and
 *   laying it out; and again coming back from the Journal, its answer from the first visit still
 *   fresh;
 * - scrolling: a wheel step a frame down, across and back, traced: the longest main-thread task
 *   (60 fps needs no task over 50 ms) and the frame intervals.
 */
export const timelineBenchmark: Benchmark<RendererContext> = {
  name: 'timeline',
  async run(ctx) {
    const { warmup, runs } = ctx.quick ? { warmup: 0, runs: 2 } : { warmup: 1, runs: 7 };
    const cold: number[] = [];
    const warm: number[] = [];
    const longest: number[] = [];
    const frames: number[] = [];
    let shown = '';
    let drawn = 0;
    let warmAsked = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const context = await ctx.browser.newContext({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchTimelinePainted);
        await page.goto(ctx.url.replace('&open=journal', '&open=trash'));
        await page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor({ timeout: 60_000 });
        // The app has finished starting (its first requests answered), as when a person clicks.
        await page.waitForLoadState('networkidle');
        const first = await openTimeline(page);
        if (first.planRequests < 1) {
          throw new Error('The plan was loaded before the Timeline link was pressed.');
        }
        await page.getByRole('link', { name: 'Journal', exact: true }).click();
        await page.getByRole('textbox', { name: 'Entry', exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        const second = await openTimeline(page);
        const session = await scrollSession(ctx, page);
        const down = wheels(ctx.quick).reduce((sum, [, dy]) => sum + Math.max(0, dy), 0);
        if (session.moved < down / 2) {
          throw new Error(
            `The wheel scrolled the timeline down by ${session.moved} px of ${down} only.`,
          );
        }
        if (i >= warmup) {
          cold.push(first.paintedAt - first.clickAt);
          warm.push(second.paintedAt - second.clickAt);
          longest.push(session.longest);
          frames.push(...session.frames);
          if (second.planRequests > 0) warmAsked++;
        }
        shown = first.shown;
        drawn = first.drawn;
      } finally {
        await context.close();
      }
    }
    const goals = /(\d+) shown/.exec(shown)?.[1] ?? '?';
    const over = frames.filter((interval) => interval > 1000 / 60 + 1).length;
    return [
      measured(
        'renderer.timeline',
        `Timeline with ${goals} goals rendered (click to paint, its data not yet loaded)`,
        'ms',
        summarise(cold),
        { stat: 'median', max: 300 },
        `from a screen without the plan: asks for it (plan:timeline over HTTP), lays it out, draws the ${drawn} bars in or near the view`,
      ),
      measured(
        'renderer.timelineWarm',
        '  …coming back from the Journal, its data already loaded',
        'ms',
        summarise(warm),
        null,
        `the first visit's answer is still fresh; the Timeline only lays it out and draws it${warmAsked > 0 ? ` (in ${warmAsked} of ${runs} runs it was asked for again: older than 30 s)` : ''}`,
      ),
      measured(
        'renderer.timelineScroll',
        'Timeline scrolling: longest main-thread task',
        'ms',
        summarise(longest),
        { stat: 'p95', max: 50 },
        `the longest task of each traced session of ${wheels(ctx.quick).length} wheel steps, one a frame, pointer over the bars`,
      ),
      measured(
        'renderer.timelineFrames',
        '  …frame interval while scrolling',
        'ms',
        summarise(frames),
        null,
        `${((100 * over) / Math.max(1, frames.length)).toFixed(1)}% of ${frames.length} frames over 17.7 ms (60 fps is 16.7 ms); p99 ${percentile(frames, 0.99).toFixed(1)} ms`,
      ),
    ];
  },
};
