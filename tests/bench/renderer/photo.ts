import type { Page } from '@playwright/test';
import { photoPng } from '../photo-png';
import type { Benchmark } from '../benchmark';
import { measured } from '../results';
import { Random } from '../seed/random';
import { summarise } from '../stats';
import { VIEWPORT, type RendererContext } from './context';
import { installKeyProbe } from './probes';

const PHOTO_BYTES = 20 * 1024 * 1024;
const TEXT = 'typing on while the photo comes in ';

interface PhotoPage {
  __photo: File;
  __photoShownAt?: number;
  __pastedAt: number;
  __keyProbe: { samples: number[]; wait(n: number): Promise<void> };
}

/** Hands the photo to the page as a File, ready to paste (not timed). */
async function stagePhoto(page: Page, bytes: Buffer, name: string): Promise<void> {
  await page.evaluate(
    ({ data, name }) => {
      const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      (window as unknown as PhotoPage).__photo = new File([raw], name, { type: 'image/png' });
    },
    { data: bytes.toString('base64'), name },
  );
}

/** Pastes the staged photo into the editor and watches for it to be drawn (decoded, painted). */
function pasteAndWatch(): void {
  const page = window as unknown as PhotoPage;
  const editor = document.querySelector('[role="textbox"][aria-label="Entry"]') as HTMLElement;
  const before = new Set<HTMLImageElement>(editor.querySelectorAll('img'));
  // Checked every frame: the picture's element may be made again as it settles. Drawn = decoded
  // with its real size, in the frame after which the time is taken.
  const check = () => {
    const drawn = [...editor.querySelectorAll('img')].some(
      (img) => !before.has(img) && img.complete && img.naturalWidth > 0,
    );
    if (!drawn) {
      requestAnimationFrame(check);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (page.__photoShownAt = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
  const transfer = new DataTransfer();
  transfer.items.add(page.__photo);
  page.__pastedAt = performance.now();
  editor.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
  );
}

/**
 * Pasting a 20 MB photo: how long until it is drawn in the entry, and how quickly keys typed while
 * it is on its way are painted (the upload must not hold the typing up).
 */
export const photoBenchmark: Benchmark<RendererContext> = {
  name: 'add a 20 MB photo',
  async run(ctx) {
    const runs = ctx.quick ? 1 : 3;
    const rng = new Random(ctx.seed + 20);
    const shown: number[] = [];
    const keys: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await ctx.browser.newContext({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        await page.goto(ctx.url);
        const editor = page.getByRole('textbox', { name: 'Entry', exact: true });
        await editor.waitFor();
        await page.getByRole('button', { name: 'New entry' }).first().click();
        await editor.focus();
        await page.keyboard.type('Conference day. ');
        await stagePhoto(page, photoPng(PHOTO_BYTES, 1000 + run + ctx.seed), `talk-${run}.png`);
        await page.evaluate(installKeyProbe);
        await page.evaluate(pasteAndWatch);
        // Type, one key after the previous was painted, until the photo is drawn.
        for (let i = 0; i < 2000; i++) {
          const done = await page.evaluate(
            () => (window as unknown as PhotoPage).__photoShownAt !== undefined,
          );
          if (done) break;
          const before = await page.evaluate(
            () => (window as unknown as PhotoPage).__keyProbe.samples.length,
          );
          await page.keyboard.type(TEXT[i % TEXT.length] as string);
          await page.evaluate((n) => (window as unknown as PhotoPage).__keyProbe.wait(n), before);
          await page.waitForTimeout(rng.int(0, 25));
        }
        await page.waitForFunction(
          () => (window as unknown as PhotoPage).__photoShownAt !== undefined,
          null,
          { timeout: 120_000 },
        );
        const result = await page.evaluate(() => {
          const photo = window as unknown as PhotoPage;
          return {
            shown: (photo.__photoShownAt as number) - photo.__pastedAt,
            keys: photo.__keyProbe.samples,
          };
        });
        shown.push(result.shown);
        keys.push(...result.keys);
      } finally {
        await context.close();
      }
    }
    if (keys.length === 0) throw new Error('No key was typed while the photo came in.');
    return [
      measured(
        'renderer.photoShown',
        'Paste a 20 MB photo: until it is drawn in the entry',
        'ms',
        summarise(shown),
        null,
        'sent in raw 4 MB parts, checked, kept, then shown from a smaller copy made in a worker',
      ),
      measured(
        'renderer.photoTyping',
        '  …typing while it comes in: keystroke to paint',
        'ms',
        summarise(keys),
        { stat: 'p95', max: 16 },
        `${keys.length} keys typed during ${runs} upload${runs === 1 ? '' : 's'}`,
      ),
    ];
  },
};
