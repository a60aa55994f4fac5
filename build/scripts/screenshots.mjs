// `npm run screenshots`: builds the app, takes the pictures of every screen in both themes
// (test-results/screens/) and refreshes the README's pictures in build/screenshots/ from them.
// Pictures are for people to look at; they are not tests, so npm test does not take them.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const README_PICTURES = ['journal', 'plan', 'timeline'];

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
run(bin('playwright'), ['test', '-c', 'tests/playwright.config.ts', '--project=screenshots'], {
  WAYMARK_CHROMIUM: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(root, 'test-results', 'screenshots.json'),
});
for (const name of README_PICTURES) {
  copyFileSync(
    join(root, 'test-results', 'screens', `${name}-light.png`),
    join(root, 'build', 'screenshots', `${name}.png`),
  );
}
console.log(`Pictures in test-results/screens/; README pictures updated in build/screenshots/.`);
