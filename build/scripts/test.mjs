// `npm test`: typecheck, lint, unit tests, browser tests and (where Electron runs) desktop tests,
// closing with one line `N passed, N failed, N skipped` that counts every test that ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    // npm and node_modules/.bin entries are .cmd files on Windows, which Node runs only via a shell.
    shell: process.platform === 'win32',
  });
  return run.status === 0;
}

/** A check that is not a test suite (typecheck, lint, build) counts as one test. */
function check(title, command, args) {
  const ok = step(title, command, args);
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(title);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

check('Typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('Lint and format', 'npm', ['run', '--silent', 'lint']);
const built = check('Build', bin('electron-vite'), ['build', '--logLevel', 'warn']);

// Unit tests (vitest, Node, real SQLite in temp folders).
const unitFile = join(results, 'unit.json');
step('Unit tests', bin('vitest'), [
  'run',
  '-c',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
const unit = readJson(unitFile);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0 || !unit.success) failures.push('Unit tests');
} else {
  tally.failed++;
  failures.push('Unit tests (no report)');
}

/** Runs one Playwright project with `env`, and counts what its report (`report`.json) says. */
function playwright(label, project, report, env) {
  const file = join(results, `${report}.json`);
  const args = ['test', '-c', 'tests/playwright.config.ts', `--project=${project}`];
  step(label, bin('playwright'), args, { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  countPlaywright(file, label);
}

function countPlaywright(file, label) {
  const report = readJson(file);
  if (!report) {
    tally.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  tally.passed += expected + flaky;
  tally.failed += unexpected;
  tally.skipped += skipped;
  if (unexpected > 0 || (report.errors ?? []).length > 0) {
    failures.push(label);
    if ((report.errors ?? []).length > 0 && unexpected === 0) tally.failed++;
  }
}

// End-to-end tests (Playwright + Chromium against the browser edition).
const chromium = findChromium();
if (!chromium) {
  console.error(`\n${CHROMIUM_HELP}`);
  tally.failed++;
  failures.push('End-to-end tests (no Chromium)');
} else if (!built) {
  tally.failed++;
  failures.push('End-to-end tests (build failed)');
} else {
  console.log(`\nUsing Chromium at ${chromium}`);
  playwright('End-to-end tests', 'web', 'e2e', { WAYMARK_CHROMIUM: chromium });
}

// Desktop tests need the Electron binary; where it cannot be had they are reported, not counted.
const electron = electronBinary();
if (!electron) {
  console.log(
    '\nElectron tests not run: the Electron binary is not available on this machine (they are not counted).',
  );
} else {
  try {
    ensureElectronNative(electron);
  } catch (error) {
    console.error(`\nElectron tests cannot run: ${error.message}`);
  }
  playwright('Electron tests', 'electron', 'electron', { WAYMARK_ELECTRON: electron });
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
const summary = `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`;
console.log(`\n${summary}`);
process.exit(tally.failed > 0 || failures.length > 0 ? 1 : 0);
