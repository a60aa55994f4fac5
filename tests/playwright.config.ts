import { defineConfig } from '@playwright/test';

/** Chromium is chosen by build/scripts/find-chromium.mjs (npm test passes it in WAYMARK_CHROMIUM). */
const executablePath = process.env.WAYMARK_CHROMIUM || process.env.CHROMIUM_PATH || undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../test-results/e2e.json' }],
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'web', testDir: './e2e' },
    { name: 'electron', testDir: './electron' },
    // Pictures for people to look at and for the README: `npm run screenshots`, not part of npm test.
    { name: 'screenshots', testDir: './screenshots' },
  ],
});
