import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark } from '../benchmark';
import { measured, ratio } from '../results';
import { Random } from '../seed/random';
import { summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';
import { openLongEntry } from './open-entry';
import { installKeyProbe, placeCaretMidway } from './probes';

/** The app's layout classes around a bare editor, so both draw the same column with the same CSS. */
const BARE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare tiptap</title></head>
<body><div id="root"><div class="app-shell"><nav class="app-nav"></nav><main class="app-main">
<div class="journal"><aside class="journal-list"></aside><section class="journal-editor">
<article class="entry-editor"><div class="entry-content"><div id="editor"></div></div></article>
</section></div></main></div></div></body></html>`;

const TEXT = 'steady progress beats a perfect plan ';

async function openBare(ctx: RendererContext, page: Page): Promise<void> {
  await page.setContent(BARE_PAGE);
  const assets = join(ctx.rendererDir, 'assets');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.css'))) {
    await page.addStyleTag({ path: join(assets, file) });
  }
  await page.addScriptTag({ path: ctx.bareEditorScript });
  await page.evaluate((body) => {
    const mount = (window as unknown as { mountBareEditor: (el: Element, doc: unknown) => void })
      .mountBareEditor;
    mount(document.getElementById('editor') as Element, body);
  }, ctx.longEntry.body);
}

async function prepare(page: Page): Promise<void> {
  await page.evaluate(installKeyProbe);
  await page.evaluate(placeCaretMidway);
  // The first key waits for the scroll to the caret to be drawn: fonts loaded, then two frames.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done())),
    );
  });
}

/** Types `count` characters one at a time, each after the previous one was painted. */
async function typeKeys(page: Page, count: number, rng: Random, offset: number): Promise<void> {
  await page.bringToFront();
  for (let i = 0; i < count; i++) {
    const done = await page.evaluate(
      () => (window as unknown as { __keyProbe: { samples: unknown[] } }).__keyProbe.samples.length,
    );
    await page.keyboard.type(TEXT[(offset + i) % TEXT.length] as string);
    await page.evaluate(
      (n) =>
        (window as unknown as { __keyProbe: { wait(n: number): Promise<void> } }).__keyProbe.wait(
          n,
        ),
      done,
    );
    // Keys land at varied points of the display's frame, as a person's do.
    await page.waitForTimeout(rng.int(0, 25));
  }
}

async function samplesOf(page: Page, skip: number): Promise<number[]> {
  const samples = await page.evaluate(
    () => (window as unknown as { __keyProbe: { samples: number[] } }).__keyProbe.samples,
  );
  return samples.slice(skip);
}

/**
 * Typing into a very long entry, in the app and on a bare tiptap StarterKit page holding the same
 * document, in alternating blocks so both see the same machine load.
 */
export const typingBenchmark: Benchmark<RendererContext> = {
  name: 'typing in a long entry',
  async run(ctx) {
    // Short alternating blocks, so a burst of load from elsewhere on the machine hits both sides.
    const warmup = ctx.quick ? 10 : 20;
    const blocks = ctx.quick ? 3 : 16;
    const perBlock = 10;
    const rng = new Random(ctx.seed + 2);
    const appContext = await ctx.browser.newContext({ viewport: VIEWPORT });
    const bareContext = await ctx.browser.newContext({ viewport: VIEWPORT });
    try {
      const app = await appContext.newPage();
      const bare = await bareContext.newPage();
      await openLongEntry(ctx, app);
      await openBare(ctx, bare);
      await prepare(app);
      await prepare(bare);
      await typeKeys(app, warmup, rng, 0);
      await typeKeys(bare, warmup, rng, 0);
      for (let block = 0; block < blocks; block++) {
        await typeKeys(app, perBlock, rng, warmup + block * perBlock);
        await typeKeys(bare, perBlock, rng, warmup + block * perBlock);
      }
      const ours = await samplesOf(app, warmup);
      const baseline = await samplesOf(bare, warmup);
      const expected = blocks * perBlock;
      if (ours.length < expected || baseline.length < expected) {
        throw new Error(
          `Some keys were not measured (app ${ours.length}, bare ${baseline.length} of ${expected}).`,
        );
      }
      const words = ctx.longEntry.words.toLocaleString('en');
      const bareSummary = summarise(baseline);
      return [
        measured(
          'renderer.typing',
          `Typing in a ${words}-word entry: keystroke to paint`,
          'ms',
          summarise(ours),
          { stat: 'p95', max: 16 },
          `bare tiptap StarterKit with the same document and stylesheet: median ${bareSummary.median.toFixed(1)} ms, p95 ${bareSummary.p95.toFixed(1)} ms`,
        ),
        ratio(
          'renderer.typingRatio',
          '  …vs a bare tiptap StarterKit editor, same run',
          summarise(ours),
          bareSummary,
          { stat: 'p95', max: 1.3 },
        ),
      ];
    } finally {
      await appContext.close();
      await bareContext.close();
    }
  },
};
