// Renders build/icons/icon.svg to the 1024×1024 PNG electron-builder turns into .icns, .ico and
// the Linux sizes. Run after editing the SVG: `node build/scripts/render-icon.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(icons, 'icon.png'), omitBackground: true });
await browser.close();
console.log('Wrote build/icons/icon.png');
