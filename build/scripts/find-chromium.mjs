// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the system's, then Playwright's own
// (installing that one when none is found and the network allows).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROMIUM_HELP =
  'No Chromium was found: install one (`sudo apt-get install chromium`, or `npx playwright install chromium` where downloads work) or set CHROMIUM_PATH to its executable.';

function playwrightChromium() {
  try {
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Returns an executable path, or null with nothing found and nothing installable. */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  const own = playwrightChromium();
  if (own || !install) return own;
  console.log('No Chromium found; trying to install Playwright’s own…');
  const result = spawnSync(
    process.execPath,
    [
      join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js'),
      'install',
      'chromium',
    ],
    {
      stdio: 'inherit',
      timeout: 300_000,
    },
  );
  return result.status === 0 ? playwrightChromium() : null;
}

if (
  process.argv[1] &&
  import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop())
) {
  const path = findChromium();
  if (!path) {
    console.error(CHROMIUM_HELP);
    process.exit(1);
  }
  console.log(path);
}
